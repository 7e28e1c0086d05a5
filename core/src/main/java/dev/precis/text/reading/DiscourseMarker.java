package dev.precis.text.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A discourse marker opening a sentence, set off by a comma: "Meanwhile, ", "In addition, ",
 * "However, ". It ties the sentence to the one before it in its article; in a summary of many
 * articles that sentence is not before it, so the summary shows the sentence without the marker
 * (its first letter in capitals) and cites only what it shows. What the sentence states stands
 * without it; a marker that carries content ("In 2019, ", "After the vote, ") is not one of these.
 */
public final class DiscourseMarker {
  private DiscourseMarker() {}

  private static final Pattern MARKER = Pattern.compile(
      "(?:Meanwhile|However|Moreover|Furthermore|In addition|Additionally|Also|Still|Nonetheless"
          + "|Nevertheless|Separately|Likewise|Similarly|Besides|Indeed|In fact|Of course"
          + "|At the same time|For example|For instance|In the meantime|Elsewhere|Now|So|Yet|But"
          + "|And|Plus|Anyway|Again|Well),\\s+(?=[\\p{L}\"\u201C])");

  /**
   * The length of the marker {@code sentence} opens with, 0 if none, or if what follows it is
   * too short to stand alone (under four words) or opens with a pronoun that leans on the
   * sentence before just as much ("Meanwhile, he said ...").
   */
  public static int length(String sentence) {
    if (sentence.length() < 12 || !Character.isUpperCase(sentence.charAt(0))) return 0;
    Matcher m = MARKER.matcher(sentence);
    if (!m.lookingAt()) return 0;
    String rest = sentence.substring(m.end());
    if (dev.precis.text.Words.count(rest) < 4) return 0;
    return m.end();
  }

  /** {@code sentence} as a summary shows it: without its first {@code cut} characters, opening in a capital. */
  public static String shown(String sentence, int cut) {
    if (cut == 0) return sentence;
    String rest = sentence.substring(cut);
    int first = rest.codePointAt(0);
    return new StringBuilder(rest.length()).appendCodePoint(Character.toUpperCase(first))
        .append(rest, Character.charCount(first), rest.length()).toString();
  }
}
