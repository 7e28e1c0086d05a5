package dev.precis.text.reading;

import dev.precis.text.Dateline;
import dev.precis.text.DebrisRemover;
import dev.precis.text.NameVariantFinder;
import dev.precis.text.Words;
import dev.precis.text.lang.ForeignSentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the reading rules say of one sentence of a cluster, computed once when the cluster's text
 * is split and carried by the sentence from then on: every method and every pass of the selector
 * reads these instead of matching the patterns again.
 *
 * @param readsBadly     it reads badly out of its article ({@link #readsBadly}): demoted by every
 *                       method, left out of a summary read as one paragraph
 * @param notInParagraph what a summary read as one paragraph leaves out: what reads badly, photo
 *                       captions and posts ({@link Caption#caption}), and headlines or decks with
 *                       no full stop ({@link Fragments#unfinished}; ROUGE at 40 words unchanged,
 *                       −0.04 / +0.01). In a longer summary a caption is only a caption
 *                       ("Spain’s King Juan Carlos, left, signs an abdication law in the presence
 *                       of Queen Sofia"): demoting captions there too cost the learned method 0.08
 *                       ROUGE-1 and ROUGE-2 at 300 words on Multi-News, paired
 * @param debris         page debris left inside a prose paragraph
 *                       ({@link DebrisRemover#isDebrisSentence}: "Click here to ...", "RELATED:
 *                       ..."), or a sentence in another language inside an English cluster
 *                       ({@link ForeignSentences}): never taken into a summary. Debris stays a
 *                       sentence of the cluster, so positions and citations in its article are
 *                       those of the page
 * @param opensLead      it can open a summary as a news lead does ({@link Lead#opensSummary})
 * @param datelineEnd    the length of what a summary shows and cites it without, 0 for none: the
 *                       wire dateline it opens with ({@link Dateline#length}), or else a leading
 *                       discourse marker ({@link DiscourseMarker#length}: "Meanwhile, "); the other
 *                       rules read the sentence as shown
 * @param cutWords       the words of that opening, which the summary's budget does not pay for
 * @param captionDay     the whole date it gives as a photo caption does ({@link Caption#captionDay})
 * @param unnamedEvent   the root of an event noun it refers back to without naming the event
 *                       ({@link Antecedent#unnamedEvent}: "revenge for the murder."), "" for none:
 *                       a summary read as one paragraph takes it only after a sentence that names it
 */
public record SentenceFlags(boolean readsBadly, boolean notInParagraph, boolean debris,
    boolean opensLead, int datelineEnd, int cutWords, Optional<LocalDate> captionDay,
    String unnamedEvent) {

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
      boolean bad = readsBadly(names, text);
      Optional<LocalDate> day = Caption.captionDay(text);
      boolean caption = Caption.caption(text, day);
      String stripped = text.strip(); // the text itself: split sentences have no space around them
      boolean leadCaption = stripped.length() == text.length() ? caption : Caption.caption(stripped);
      out.add(new SentenceFlags(bad, bad || caption || Fragments.unfinished(text),
          foreign[i] || DebrisRemover.isDebrisSentence(text),
          Lead.opensSummary(text, Words.count(text), leadCaption), cut, cutWords, day,
          Antecedent.unnamedEvent(text)));
    }
    return out;
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
