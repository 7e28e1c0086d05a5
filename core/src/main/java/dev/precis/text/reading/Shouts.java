package dev.precis.text.reading;

import dev.precis.text.Dateline;

/**
 * Words in capitals shouting from a page.
 */
public final class Shouts {
  private Shouts() {}

  /**
   * Three words in capitals in a row, one of them of four letters or more: a page's shouting
   * ("Big news, Bettys: KATE GOSSELIN GOT A JOB.") or a label ("The Associated Press Breaking:
   * TWO EXPLOSIONS ..."), not an acronym ("the U.S. and NATO"). One pass over the characters.
   */
  public static boolean shouts(String sentence) {
    // A wire dateline ("SALT LAKE CITY (AP) — ") is in capitals by custom.
    sentence = sentence.substring(Dateline.length(sentence));
    int run = 0;
    boolean longWord = false;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      boolean capitals = true;
      int letters = 0;
      while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '.')) {
        if (Character.isLowerCase(sentence.charAt(i))) capitals = false;
        if (sentence.charAt(i) != '.') letters++;
        i++;
      }
      if (capitals && letters >= 2 || capitals && letters == 1 && run > 0) {
        run++;
        longWord |= letters >= 4;
        if (run >= 3 && longWord) return true;
      } else {
        run = 0;
        longWord = false;
      }
    }
    return false;
  }
}
