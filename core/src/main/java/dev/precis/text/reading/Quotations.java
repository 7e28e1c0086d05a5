package dev.precis.text.reading;


/**
 * Quotation marks: a sentence that is one quotation with no speaker, one whose marks do not
 * balance, and the quotation a sentence opens with.
 */
public final class Quotations {
  private Quotations() {}

  /**
   * The whole sentence is a quotation, nobody said to say it: "“I got this, Romney three
   * points.”", "‘It’s time for the truth to come out.’" Out of its article a reader cannot tell
   * whose words they are.
   */
  public static boolean bareQuotation(String sentence) {
    String s = sentence.strip();
    if (s.length() < 2) return false;
    char open = s.charAt(0);
    char close = s.charAt(s.length() - 1);
    if (open == '\u2018' && close == '\u2019') {
      // Single marks: a closing mark inside is an apostrophe ("It’s"); a second opening one is a
      // second quotation, with words between.
      return s.indexOf('\u2018', 1) < 0;
    }
    if (!((open == '"' && close == '"') || (open == '\u201C' && close == '\u201D'))) return false;
    // One quotation from the first character to the last: no closing mark before the end.
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\u201D' || (open == '"' && c == '"')) return false;
    }
    return true;
  }

  /**
   * The quotation a sentence opens with, without its marks ("" if it opens otherwise): up to the
   * closing double quote, or for a single quote up to a closing one that no letter follows (an
   * apostrophe, as in "didn’t", is followed by one).
   */
  public static String openingQuotation(String s) {
    if (s.isEmpty()) return "";
    char c = s.charAt(0);
    if (c == '"' || c == '\u201C') {
      int end = 1;
      while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\u201D') end++;
      return s.substring(1, end);
    }
    if (c == '\u2018' || c == '\'') {
      for (int end = 1; end < s.length(); end++) {
        char e = s.charAt(end);
        if ((e == '\u2019' || e == '\'') && (end + 1 == s.length() || !Character.isLetter(s.charAt(end + 1)))) {
          return s.substring(1, end);
        }
      }
      return s.substring(1);
    }
    return "";
  }

  /**
   * An odd number of double quotation marks, or an opening single one nothing closes
   * ({@link #openSingleQuotation}): a quotation that began in an earlier sentence or ends in a
   * later one, or marks misplaced by machine translation; either way the sentence does not read
   * right alone.
   */
  public static boolean unbalancedQuotes(String sentence) {
    int quotes = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') quotes++;
    }
    return quotes % 2 == 1 || openSingleQuotation(sentence);
  }

  /**
   * Opens with a single quotation mark that nothing closes: "'They didn’t care when she was
   * alive." (a quotation going on in the next sentence). A closing mark is one no letter follows;
   * "didn’t" has an apostrophe.
   */
  public static boolean openSingleQuotation(String sentence) {
    String s = sentence.strip();
    if (s.length() < 3 || (s.charAt(0) != '\'' && s.charAt(0) != '\u2018') || !Character.isLetter(s.charAt(1))) {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '\'' || c == '\u2019') && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) return false;
    }
    return true;
  }
}
