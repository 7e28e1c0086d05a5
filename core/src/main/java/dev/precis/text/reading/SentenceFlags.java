package dev.precis.text.reading;

import dev.precis.text.Dateline;
import dev.precis.text.DebrisRemover;
import dev.precis.text.NameVariantFinder;
import dev.precis.text.Words;
import dev.precis.text.lang.ForeignSentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reading rules say of one sentence of a cluster, carried by the sentence from the split
 * on: every method and every pass of the selector reads these instead of matching the patterns
 * again. Each flag is computed once: the ones every method reads (the dateline's end, whether the
 * sentence reads badly) when the cluster's text is flagged, the others the first time something
 * asks for them (most sentences of a cluster are never reached by the selector, so their caption,
 * lead and event rules never run). Immutable in what it answers and thread-safe: a flag computed
 * twice by two threads at once is the same value, as every rule is a function of the sentence.
 *
 * <ul>
 *   <li>{@link #readsBadly}: it reads badly out of its article ({@link #readsBadly(
 *       NameVariantFinder.Result, String)}): demoted by every method, left out of a summary read
 *       as one paragraph
 *   <li>{@link #notInParagraph}: what a summary read as one paragraph leaves out: what reads
 *       badly, photo captions and posts ({@link Caption#caption}), and headlines or decks with no
 *       full stop ({@link Fragments#unfinished}; ROUGE at 40 words unchanged, −0.04 / +0.01). In a
 *       longer summary a caption is only a caption ("Spain’s King Juan Carlos, left, signs an
 *       abdication law in the presence of Queen Sofia"): demoting captions there too cost the
 *       learned method 0.08 ROUGE-1 and ROUGE-2 at 300 words on Multi-News, paired
 *   <li>{@link #debris}: page debris left inside a prose paragraph
 *       ({@link DebrisRemover#isDebrisSentence}: "Click here to ...", "RELATED: ..."), or a
 *       sentence in another language inside an English cluster ({@link ForeignSentences}): never
 *       taken into a summary. Debris stays a sentence of the cluster, so positions and citations
 *       in its article are those of the page
 *   <li>{@link #opensLead}: it can open a summary as a news lead does ({@link Lead#opensSummary})
 *   <li>{@link #datelineEnd}: the length of what a summary shows and cites it without, 0 for
 *       none: the wire dateline it opens with ({@link Dateline#length}), or else a leading
 *       discourse marker ({@link DiscourseMarker#length}: "Meanwhile, "); the other rules read the
 *       sentence as shown
 *   <li>{@link #cutWords}: the words of that opening, which the summary's budget does not pay for
 *   <li>{@link #captionDay}: the whole date it gives as a photo caption does ({@link
 *       Caption#captionDay})
 *   <li>{@link #unnamedEvent}: the root of an event noun it refers back to without naming the
 *       event ({@link Antecedent#unnamedEvent}: "revenge for the murder."), "" for none: a summary
 *       read as one paragraph takes it only after a sentence that names it
 * </ul>
 */
public final class SentenceFlags {
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  /** The sentence as a summary shows it: without its dateline or discourse marker. */
  private final String text;
  private final boolean foreign;
  private final boolean readsBadly;
  private final int datelineEnd;
  private final int cutWords;
  // Computed on first use; UNKNOWN / null until then. Each is written once with the one value its
  // rule gives, so a race between two threads only computes it twice.
  private volatile Optional<LocalDate> captionDay;
  private volatile byte caption;
  private volatile byte notInParagraph;
  private volatile byte debris;
  private volatile byte opensLead;
  private volatile String unnamedEvent;

  private SentenceFlags(String text, boolean foreign, boolean readsBadly, int datelineEnd,
      int cutWords) {
    this.text = text;
    this.foreign = foreign;
    this.readsBadly = readsBadly;
    this.datelineEnd = datelineEnd;
    this.cutWords = cutWords;
  }

  /** The flags of a cluster's sentences, in order; {@code names} are the cluster's spellings. */
  public static List<SentenceFlags> of(List<String> sentences, NameVariantFinder.Result names) {
    boolean[] foreign = ForeignSentences.of(sentences);
    List<SentenceFlags> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      String whole = sentences.get(i);
      int dateline = Dateline.length(whole);
      int cut = dateline > 0 ? dateline : DiscourseMarker.length(whole);
      int cutWords = dateline > 0 ? 0 : Words.count(whole.substring(0, cut));
      String text = DiscourseMarker.shown(whole, dateline > 0 ? 0 : cut);
      out.add(new SentenceFlags(text, foreign[i], readsBadly(names, text), cut, cutWords));
    }
    return out;
  }

  /** Whether it reads badly out of its article. */
  public boolean readsBadly() {
    return readsBadly;
  }

  /** Whether a summary read as one paragraph leaves it out. */
  public boolean notInParagraph() {
    byte b = notInParagraph;
    if (b == UNKNOWN) {
      notInParagraph = b = readsBadly || caption() || Fragments.unfinished(text) ? YES : NO;
    }
    return b == YES;
  }

  /** Whether it is page debris or in another language: never taken into a summary. */
  public boolean debris() {
    byte b = debris;
    if (b == UNKNOWN) debris = b = foreign || DebrisRemover.isDebrisSentence(text) ? YES : NO;
    return b == YES;
  }

  /** Whether it can open a summary as a news lead does. */
  public boolean opensLead() {
    byte b = opensLead;
    if (b == UNKNOWN) {
      String stripped = text.strip(); // the text itself: split sentences have no space around them
      boolean leadCaption = stripped.length() == text.length() ? caption() : Caption.caption(stripped);
      opensLead = b = Lead.opensSummary(text, Words.count(text), leadCaption) ? YES : NO;
    }
    return b == YES;
  }

  /** The length of the opening a summary shows and cites it without, 0 for none. */
  public int datelineEnd() {
    return datelineEnd;
  }

  /** The words of that opening. */
  public int cutWords() {
    return cutWords;
  }

  /** The whole date it gives as a photo caption does, if it gives one. */
  public Optional<LocalDate> captionDay() {
    Optional<LocalDate> d = captionDay;
    if (d == null) captionDay = d = Caption.captionDay(text);
    return d;
  }

  /** The root of an event noun it refers back to without naming the event, "" for none. */
  public String unnamedEvent() {
    String e = unnamedEvent;
    if (e == null) unnamedEvent = e = Antecedent.unnamedEvent(text);
    return e;
  }

  private boolean caption() {
    byte b = caption;
    if (b == UNKNOWN) caption = b = Caption.caption(text, captionDay()) ? YES : NO;
    return b == YES;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceFlags f && text.equals(f.text) && foreign == f.foreign
        && readsBadly == f.readsBadly && datelineEnd == f.datelineEnd && cutWords == f.cutWords;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, foreign, readsBadly, datelineEnd, cutWords);
  }

  @Override
  public String toString() {
    return "SentenceFlags[readsBadly=" + readsBadly + ", notInParagraph=" + notInParagraph()
        + ", debris=" + debris() + ", opensLead=" + opensLead() + ", datelineEnd=" + datelineEnd
        + ", cutWords=" + cutWords + ", captionDay=" + captionDay() + ", unnamedEvent="
        + unnamedEvent() + "]";
  }

  /**
   * Whether {@code sentence} reads badly out of its article: it spells a name as a minority of
   * the cluster's sources do ({@code names}), needs the sentence before it to be understood
   * ({@link LeansOnContext}), runs two pieces of text together, asks a question, speaks as "I",
   * "we" or "you" outside quotations, is a headline, byline or credit in title case, is a
   * quotation with no one to say it, a piece cut off at a parenthesis, or shouts in capitals.
   */
  public static boolean readsBadly(NameVariantFinder.Result names, String sentence) {
    return names.usesVariant(sentence) || LeansOnContext.leansOnContext(sentence)
        || Quotations.unbalancedQuotes(sentence) || Fragments.fragment(sentence)
        || Fragments.brokenJoin(sentence) || Fragments.question(sentence)
        || Person.speaksInPerson(sentence) || TitleCase.titleCase(sentence)
        || Quotations.bareQuotation(sentence) || Fragments.unbalancedParentheses(sentence)
        || Shouts.shouts(sentence);
  }
}
