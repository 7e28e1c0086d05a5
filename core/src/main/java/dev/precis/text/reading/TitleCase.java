package dev.precis.text.reading;

import java.util.Set;

/**
 * A headline, byline or credit in title case left in an article's text.
 */
public final class TitleCase {
  private TitleCase() {}

  /**
   * Verbs that make a run of capitalized words a sentence ("Cummings is the top Democrat on the
   * House Oversight and Government Reform Committee"), not a headline, a byline or a credit.
   */
  private static final Set<String> SENTENCE_VERBS = Set.of("is", "are", "was", "were", "be", "been",
      "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did",
      "does", "do", "said", "says", "told");

  /**
   * Every word of four letters or more capitalized, at least three of them, and no verb such as
   * "is" or "said" in lower case: a headline ("Pregnant Eva Longoria Shows Off Baby Bump While
   * Out Hiking"), a byline ("By Monika Bickert, Head of Global Policy Management, and Chris
   * Sonderby, Deputy General Counsel"), a credit ("Amy Sussman, Getty Images") or a reference
   * list's entry, left in an article's text. On the Multi-News dev articles nearly all of the 214
   * such lines are page debris. One pass over the characters.
   */
  public static boolean titleCase(String sentence) {
    int capitalized = 0;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(sentence.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '\''
          || sentence.charAt(i) == '\u2019')) {
        i++;
      }
      char first = sentence.charAt(start);
      if (Character.isLowerCase(first)) {
        if (i - start >= 4 || SENTENCE_VERBS.contains(sentence.substring(start, i))) return false;
      } else if (i - start >= 4) {
        capitalized++;
      }
    }
    return capitalized >= 3;
  }
}
