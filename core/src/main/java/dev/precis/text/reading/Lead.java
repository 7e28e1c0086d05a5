package dev.precis.text.reading;

import dev.precis.text.Words;
import java.util.regex.Pattern;

/**
 * Whether a sentence can open a summary as a news lead does.
 */
public final class Lead {
  private Lead() {}

  /** "also" among a sentence's first six words. */
  private static final Pattern ALSO_EARLY = Pattern.compile("(?:\\S+ ){1,5}also\\b");

  /** A quotation, closed or running to the end of the sentence. */
  private static final Pattern QUOTATION = Pattern.compile("[\"“][^\"”]*[\"”]?");
  /** A quotation of this many words or more opening a sentence is speech, not a title. */
  public static final int SPEECH_WORDS = 5;
  /** Words outside the quotations that let a sentence opening with speech lead: who, where, when. */
  public static final int LEAD_ATTRIBUTION_WORDS = 8;

  /**
   * What a page puts before a sentence and a lead does not: a label ("UPDATE:", "Exclusive:",
   * "Story highlights", a video widget's "CLOSE"). Photo captions are {@link Caption#caption}'s.
   */
  private static final Pattern NOT_A_LEAD = Pattern.compile(
      "^(?:[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}\\s*:\\s"
          + "|(?:CLOSE|UPDATES?|UPDATED|BREAKING|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|Story highlights)\\s)");

  /** Fewer words than this cannot tell an event as a summary's first sentence. */
  public static final int LEAD_MIN_WORDS = 12;

  /**
   * Whether {@code sentence}, of {@code words} words, can open a summary as a news lead does: it
   * is long enough to tell an event ({@value #LEAD_MIN_WORDS} words or more), is not a question,
   * does not open with a page's label ("UPDATE:", "Story highlights"), is not a photo caption
   * ("X, left, and Y, right, unveil ..."), does not open with a quotation of
   * {@value #SPEECH_WORDS} words or more unless it says {@value #LEAD_ATTRIBUTION_WORDS} words or
   * more outside quotations (who said it, where, when: "“There’s been no decision to leave
   * Iraq,” Esper told reporters at the Pentagon on Monday."), and outside quotations has no "I",
   * "we" or "you" (a columnist's aside, a scientist's "we identified", an ad's "your"), and does
   * not say "also" in its first six words (it adds to a story told before). Applied
   * with the rules of {@link SentenceFlags#readsBadly}, which the opening sentence must pass too.
   */
  public static boolean opensSummary(String sentence, int words) {
    return words >= LEAD_MIN_WORDS && opensSummary(sentence, words, Caption.caption(sentence.strip()));
  }

  /**
   * {@link #opensSummary(String, int)} for a sentence whose {@code caption} ({@link
   * Caption#caption} of it stripped) is known: the flags of a sentence compute it once.
   */
  public static boolean opensSummary(String sentence, int words, boolean caption) {
    String s = sentence.strip();
    if (words < LEAD_MIN_WORDS || Fragments.question(s)) return false;
    if (caption || NOT_A_LEAD.matcher(s).lookingAt()) return false;
    // "The station also interviewed the owner ...": adds to a story told before.
    if (s.contains(" also ") && ALSO_EARLY.matcher(s).lookingAt()) return false;
    String opening = Quotations.openingQuotation(s);
    // What follows the opening quotation (its two marks), or the whole sentence.
    String after = opening.isEmpty() ? s : s.substring(Math.min(s.length(), opening.length() + 2));
    if (Words.letterRuns(opening) >= SPEECH_WORDS
        && Words.letterRuns(QUOTATION.matcher(after).replaceAll(" ")) < LEAD_ATTRIBUTION_WORDS) {
      return false;
    }
    return !Person.speaksInPerson(after);
  }
}
