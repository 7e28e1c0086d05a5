package dev.precis.text;

/**
 * Counting words: the one count of a text's words, whitespace-separated, as ROUGE's length limit
 * and a reader count them. It is the unit of word budgets and of every length rule (cleaning,
 * reading rules, leads), so a rule's "12 words" is the 12 words a summary pays for.
 */
public final class Words {
  private Words() {}

  /** Whitespace-separated words ({@code "U.S. troops"} is 2, {@code "Bauer-Griffin/FilmMagic"} 1). */
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
}
