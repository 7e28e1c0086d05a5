package dev.precis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits text into sentences with OpenNLP's trained English sentence model, then repairs the
 * model's known news-text errors: it was trained on web English (UD EWT), not newswire, so it
 * splits after titles and ranks ("Gen.", "Lt. Gen.", "Sen."), months ("Jan."), initials ("William
 * H. Seely"), times ("a.m.") and inside quotations followed by their attribution ("'Is that
 * clear?' he asked"). Paragraph breaks (a blank line) are always sentence breaks.
 *
 * <p>Returns spans into the input, so callers can cite exact text. Thread-safe: the model is
 * shared and a detector is made per call (it is cheap; {@link SentenceDetectorME} is not
 * thread-safe).
 */
public final class SentenceSplitter {
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SHARED = loadModel();

  /** Words that, followed by a period, never end a sentence when more text follows. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj",
      "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep",
      "reps", "sens", "rev", "hon", "pres", "supt", "insp", "det", "atty", "amb", "messrs", "mme",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn",
      "approx", "est", "fig", "vol", "ave", "blvd", "rd", "ariz", "calif", "colo", "conn", "fla",
      "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
      "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

  /**
   * Dotted capitals that name places (and eras) and so can end a sentence: "in the U.S. The ..."
   * is two sentences, "T.J. Maxx" one.
   */
  private static final Set<String> PLACE_INITIALS = Set.of(
      "u.s", "u.s.a", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m",
      "n.d", "s.d", "r.i", "w.v", "b.c", "a.d", "n.z", "u.a.e", "p.e.i", "s.f", "n.y.c");

  /** Openers that are also surnames, before a capital: "Dr. He Jiankui", "Mr. An Wang". */
  private static final Pattern SURNAME_LIKE_OPENER = Pattern.compile("(?:He|An|As|On) \\p{Lu}");

  /** Abbreviations that precede a word of any kind, an opener's too: "vs. The Hague", "No. The". */
  private static final Set<String> BEFORE_ANY_WORD = Set.of("vs", "v", "no", "nos");

  /** Abbreviations that can also end a sentence; a split after them is kept before a capital. */
  private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS =
      Set.of("etc", "inc", "corp", "co", "ltd", "bros", "no", "est", "jr", "sr");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.\\s*$");
  private static final Pattern SINGLE_INITIAL = Pattern.compile("(?:^|[\\s(])\\p{Lu}\\.\\s*$");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}\\s*$");
  private static final Pattern JOINED_TOKEN = Pattern.compile("\\p{Ll}{3}[.?!]\\p{Lu}\\p{Ll}+$");
  private static final Pattern QUOTE_END = Pattern.compile("[?!,][\"”’']\\s*$");
  /** The closing marks of {@link #QUOTE_END}. */
  private static final String QUOTES = "\"”’'";
  /** Line terminators, before the last of which "$" matches too. */
  private static final String TERMINATORS = "\n\r\u0085\u2028\u2029";
  private static final Pattern ATTRIBUTION_START = Pattern.compile(
      "^\\s*(?:\\p{Ll}|(?:he|she|they|it|I|we)\\b|(?:\\p{Lu}\\p{L}+ ){0,3}"
          + "(?:said|says|asked|told|added|wrote|replied|explained)\\b)");

  private static final Pattern QUOTE_TAIL_WITH_ATTRIBUTION = Pattern.compile(
      "^[^\"“”]{0,80}[,?!][\"”]\\s+[^.]{0,60}\\b(said|says|told|asked|added|wrote|stated)\\b");

  /** What follows "Jr." when a place or a day is named after someone. */
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "(?:Way|Blvd|Boulevard|Drive|Avenue|Ave|Street|Road|Parkway|Day|Holiday|Memorial|High|Elementary"
          + "|Middle|School|Library|Center|Park|Bridge|Airport|Hospital|Stadium|Arena)\\b");

  /** What follows a clock time in its sentence: a weekday or a time zone ("a.m. Saturday", "p.m. ET"). */
  private static final Pattern AFTER_TIME = Pattern.compile(
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT"
          + "|PST|PDT|GMT|UTC|BST|CET|Eastern|Central|Mountain|Pacific|local time)\\b");
  /** One word and a comma, then the participle that goes on a sentence: "USA, adding, ...". */
  private static final Pattern CONTINUED_AFTER_NAME = Pattern.compile(
      "\\p{Lu}\\p{L}*, (?:adding|saying|noting|writing|explaining|telling)\\b");

  private final SentenceModel model;

  public SentenceSplitter() {
    this.model = SHARED;
  }

  /** The sentences of {@code text}, as trimmed, non-empty spans in order. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    SentenceDetectorME detector = new SentenceDetectorME(model);
    int from = 0;
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    while (true) {
      int to = breaks.find() ? breaks.start() : text.length();
      splitParagraph(detector, text, from, to, out);
      if (to == text.length()) break;
      from = breaks.end();
    }
    return out;
  }

  private void splitParagraph(SentenceDetectorME detector, String text, int from, int to,
      List<Span> out) {
    String paragraph = text.substring(from, to);
    if (paragraph.isBlank()) return;
    List<Span> pieces = new ArrayList<>();
    for (opennlp.tools.util.Span s : detector.sentPosDetect(paragraph)) {
      Span span = trim(paragraph, s.getStart(), s.getEnd());
      if (span != null) pieces.add(span);
    }
    if (pieces.isEmpty()) return;
    Span current = pieces.get(0);
    for (int i = 1; i < pieces.size(); i++) {
      Span next = pieces.get(i);
      if (wronglySplit(paragraph, current, next)) {
        current = new Span(current.start(), next.end());
      } else {
        addUnjoined(paragraph, from, current, out);
        current = next;
      }
    }
    addUnjoined(paragraph, from, current, out);
  }

  /**
   * Adds {@code span}, split where a page ran two sentences together without a space ("... have
   * been wasted.The report's authors note ...", "... for comment.On Sunday, ..."): a full stop,
   * "?" or "!" after three lower-case letters and before a capital and a lower-case letter. The
   * model does not split there; 60 places in the Multi-News dev articles, all such joins.
   */
  private static void addUnjoined(String paragraph, int from, Span span, List<Span> out) {
    int start = span.start();
    for (int i = span.start() + 3; i + 2 < span.end(); i++) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isUpperCase(paragraph.charAt(i + 1))
          && Character.isLowerCase(paragraph.charAt(i + 2)) && Character.isLowerCase(paragraph.charAt(i - 1))
          && Character.isLowerCase(paragraph.charAt(i - 2)) && Character.isLowerCase(paragraph.charAt(i - 3))) {
        out.add(new Span(from + start, from + i + 1));
        start = i + 1;
      } else if (c == '.' && paragraph.charAt(i + 1) == ' ' && endsPlaceBeforeOpener(paragraph, i, span.end())) {
        out.add(new Span(from + start, from + i + 1));
        start = i + 2;
      }
    }
    out.add(new Span(from + start, from + span.end()));
  }

  /** Words that open a sentence and never follow a place's initials inside one ("U.S. The"). */
  private static final Pattern OPENER = Pattern.compile(
      "(?:The|A|An|He|She|It|They|We|I|But|And|This|That|These|Those|Their|His|Her|Its|Our|"
          + "There|At|In|On|After|When|While|If|As)(?=\\s)");

  /**
   * Whether the full stop at {@code dot} ends a place's initials ("the U.S.", "Princeton, N.J.")
   * and a word that opens sentences follows: the model runs "... move to the U.S. The union
   * said ..." together, as it is trained to keep "U.S." inside a sentence.
   */
  private static boolean endsPlaceBeforeOpener(String text, int dot, int end) {
    int b = dot;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) b--;
    if (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') return false;
    String initials = text.substring(b, dot);
    if (!isInitials(initials) || !PLACE_INITIALS.contains(initials.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    Matcher m = OPENER.matcher(text).region(dot + 2, end);
    return m.lookingAt();
  }

  /** Whether the model's boundary between {@code left} and {@code right} is one of its errors. */
  static boolean wronglySplit(String text, Span left, Span right) {
    String l = left.of(text);
    String r = right.of(text);
    if (r.isEmpty()) return true;
    char first = r.charAt(0);
    if (opensQuote(l) && QUOTE_TAIL_WITH_ATTRIBUTION.matcher(r).lookingAt()) return true;
    // Each pattern that ends in "$" only where its last character can be ("$" also stands
    // before a final line terminator).
    char last = l.isEmpty() ? ' ' : l.charAt(l.length() - 1);
    int e = l.length();
    while (e > 0 && " \t\n\u000B\f\r".indexOf(l.charAt(e - 1)) >= 0) e--;
    char lastSeen = e == 0 ? ' ' : l.charAt(e - 1);
    if ((QUOTES.indexOf(lastSeen) >= 0 || TERMINATORS.indexOf(lastSeen) >= 0)
        && atEnd(QUOTE_END, l).find()
        && ATTRIBUTION_START.matcher(r).lookingAt()) {
      return true;
    }
    if (Character.isLowerCase(first) || Character.isDigit(first) && l.endsWith(",")) return true;
    // The model ends a sentence after a token that joins two ("comment.On" before "Sunday"): the
    // break is inside the token, where addUnjoined puts it.
    if ((Character.isLowerCase(last) || TERMINATORS.indexOf(last) >= 0)
        && atEnd(JOINED_TOKEN, l).find()) {
      return true;
    }
    // "... shared the news with HOLA! USA, adding, ...": a name with "!" in it, then its sentence.
    if (CONTINUED_AFTER_NAME.matcher(r).lookingAt()) return true;
    if (!l.endsWith(".")) return false;
    if (l.length() >= 2 && Character.isUpperCase(l.charAt(l.length() - 2))
        && atEnd(SINGLE_INITIAL, l).find()) {
      return true;
    }
    // "just before 10 a.m. Saturday, reporting ...": a time's day or zone continues it.
    if ((l.endsWith("a.m.") || l.endsWith("p.m.")) && AFTER_TIME.matcher(r).lookingAt()) return true;
    Matcher w = atEnd(LAST_WORD, l);
    if (w.find()) {
      String word = w.group(1).toLowerCase();
      if (ABBREVIATIONS.contains(word)) {
        // "Martin Luther King Jr. Way", "... Jr. Day": a name's suffix inside a place's or a day's name.
        if (word.equals("jr") && NAMED_AFTER.matcher(r).lookingAt()) return true;
        // "... met Prime Minister Hun Sen. In a statement, ...": a title comes before a name, and
        // no name is "In" or "The"; the word is a name's last (or a month, a state) ending the
        // sentence. Words that come before anything ("vs.", "No.") stay joined.
        // "Dr. He Jiankui" is a name: an opener that is also a surname, before a capital, is one.
        if (!BEFORE_ANY_WORD.contains(word) && OPENER.matcher(r).lookingAt()
            && !SURNAME_LIKE_OPENER.matcher(r).lookingAt()) {
          return false;
        }
        return !SENTENCE_FINAL_ABBREVIATIONS.contains(word) || !Character.isUpperCase(first);
      }
      if (atEnd(DOTTED_ACRONYM, l).find() && word.length() <= 5) {
        // "a.m." or "U.S." before a lower-case word or a number continues the sentence; capital
        // initials that are not a place ("T.J. Maxx", "D.A. Jill Ravitch", "H.R. McMaster") run on
        // before a capital too: a place ("in the U.S. The ...", "Princeton, N.J. Their ...") can
        // end a sentence, a person's initials or a title's rarely do.
        return !Character.isUpperCase(first) || isInitials(w.group(1)) && !PLACE_INITIALS.contains(word);
      }
    }
    return false;
  }

  /**
   * A matcher of {@code p}, a pattern that ends in "$", over the last {@value #TAIL} characters of
   * {@code s} only, seeing the characters before them for "\\b" but not taking their start for
   * "^": the same answers as over all of {@code s} (what these patterns look for is short), without
   * trying them at every character of a long sentence.
   */
  private static Matcher atEnd(Pattern p, String s) {
    Matcher m = p.matcher(s);
    m.region(Math.max(0, s.length() - TAIL), s.length());
    m.useAnchoringBounds(false);
    m.useTransparentBounds(true);
    return m;
  }

  private static final int TAIL = 40;

  /** Whether {@code token} ("T.J", "J.C.X") is capital letters each followed by a full stop but the last. */
  private static boolean isInitials(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') return false;
    }
    return token.length() % 2 == 1;
  }

  /** Whether {@code s} leaves a quotation open (an odd number of straight quotes, or more “ than ”). */
  private static boolean opensQuote(String s) {
    int straight = 0, open = 0, close = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') straight++;
      else if (c == '“') open++;
      else if (c == '”') close++;
    }
    return straight % 2 == 1 || open > close;
  }

  private static Span trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) start++;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
    return start < end ? new Span(start, end) : null;
  }

  private static SentenceModel loadModel() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("sentence model " + MODEL + " is not on the classpath;"
            + " add org.apache.opennlp:opennlp-models-sentdetect-en to the dependencies");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentence model " + MODEL, e);
    }
  }
}
