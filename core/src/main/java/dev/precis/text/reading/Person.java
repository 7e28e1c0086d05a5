package dev.precis.text.reading;

import java.util.Set;

/**
 * "I", "we" or "you" outside quotations: the voice of a column, a blog post or an ad, not of a
 * report.
 */
public final class Person {
  private Person() {}

  /** Words of the speaker or the reader: outside quotations they mark a column, a post or an ad. */
  private static final Set<String> PERSON_WORDS = Set.of("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d",
      "I'll", "I’ll", "me", "my", "we", "We", "our", "Our", "us", "you", "You", "your", "Your",
      "we're", "we’re", "We're", "We’re", "we've", "we’ve", "We've", "We’ve", "we'll", "we’ll",
      "you're", "you’re", "You're", "You’re", "you've", "you’ve", "You've", "You’ve", "you'll",
      "you’ll", "You'll", "You’ll", "you'd", "you’d");

  /**
   * "I", "we" or "you" outside quotations: the voice of a column, a blog post or an ad ("I also
   * taped the iPhone to my handle."), not of a report. One pass over the characters; a word next
   * to a full stop ("R.I.", "U.S.") is an abbreviation, not a pronoun.
   */
  public static boolean speaksInPerson(String sentence) {
    boolean quoted = false;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        quoted = c == '"' ? !quoted : c == '\u201C';
        i++;
        continue;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(sentence.charAt(i))
          || ((sentence.charAt(i) == '\'' || sentence.charAt(i) == '\u2019') && i + 1 < n
              && Character.isLetter(sentence.charAt(i + 1))))) {
        i++;
      }
      if (quoted || i - start > 6 || "ImwWoOuyY".indexOf(c) < 0) continue;
      if (start > 0 && sentence.charAt(start - 1) == '.') continue;
      if (i < n && sentence.charAt(i) == '.' && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))) continue;
      if (PERSON_WORDS.contains(sentence.substring(start, i))) return true;
    }
    return false;
  }
}
