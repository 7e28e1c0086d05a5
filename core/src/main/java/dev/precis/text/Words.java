package dev.precis.text;

/**
 * Counting words: the one count of a text's words, the unit of word budgets and of every length
 * rule, and the count of its runs of letters and digits, which the cleaning and reading rules
 * weigh ("U.S." is one word and two runs).
 */
public final class Words {
  private Words() {}

  /** Whitespace-separated words: the unit of word budgets ({@code "U.S. troops"} is 2). */
  public static int count(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) n++;
      in = !ws;
    }
    return n;
  }

  /** Runs of letters and digits ({@code "U.S. troops"} is 3; a lone dash is none). */
  public static int letterRuns(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }
}
