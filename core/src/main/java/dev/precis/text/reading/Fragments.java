package dev.precis.text.reading;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pieces of text that are not whole sentences: fragments a split cut off, text run together,
 * headlines without a full stop, questions.
 */
public final class Fragments {
  private Fragments() {}

  /** Abbreviations after which a sentence goes on in lower case: "paint, brushes, etc. and ...". */
  private static final Set<String> CONTINUING_ABBREVIATIONS =
      Set.of("etc", "approx", "incl", "esp", "govt", "dept", "est");

  /**
   * Lower-case letters run into "The", "This" or "In the": a headline and its text joined
   * ("PlymouthThe", "MinnesotaIn this week’s"); "LinkedIn" alone is a name.
   */
  private static final Pattern HEADLINE_JOIN = Pattern.compile("\\p{Ll}{3}(?:The|This|In (?:this|the|a|an)) ");

  /**
   * A closing parenthesis with none opened before it, or one opened and never closed: a piece
   * of a sentence a split cut off ("EST Saturday) when the pilot asked to avoid clouds ...").
   */
  public static boolean unbalancedParentheses(String sentence) {
    int open = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '(') {
        open++;
      } else if (c == ')' && --open < 0) {
        return true;
      }
    }
    return open != 0;
  }

  /** A question: rhetorical, or a quoted one; a summary states, it does not ask. */
  public static boolean question(String sentence) {
    String s = sentence.strip();
    return s.endsWith("?") || s.endsWith("?\"") || s.endsWith("?\u201D");
  }

  /**
   * Two pieces of text run together inside one sentence, as machine translation and broken pages
   * leave them: a full stop after a lower-case word of three letters or more and a lower-case
   * word after it ("... in preparation. to leave Country."). One pass over the sentence's full
   * stops; "a.m. on" and "U.S. officials" do not count, nor do {@link #CONTINUING_ABBREVIATIONS}.
   * Or a headline run into its text ("... In PlymouthThe Sunshine Factory ...").
   */
  public static boolean brokenJoin(String sentence) {
    for (int dot = sentence.indexOf(". "); dot >= 0; dot = sentence.indexOf(". ", dot + 2)) {
      if (dot + 2 >= sentence.length() || !Character.isLowerCase(sentence.charAt(dot + 2))) continue;
      int start = dot;
      while (start > 0 && sentence.charAt(start - 1) >= 'a' && sentence.charAt(start - 1) <= 'z') start--;
      if (dot - start < 3) continue;
      if (start > 0 && (Character.isLetterOrDigit(sentence.charAt(start - 1)) || sentence.charAt(start - 1) == '.')) {
        continue;
      }
      if (!CONTINUING_ABBREVIATIONS.contains(sentence.substring(start, dot))) return true;
    }
    // A headline run into its text with no space: "... Burns Bright In PlymouthThe Sunshine Factory".
    return (sentence.indexOf("The ") > 0 || sentence.indexOf("This ") > 0 || sentence.indexOf("In ") > 0)
        && HEADLINE_JOIN.matcher(sentence).find();
  }

  /** No full stop, "?", "!" or closing quotation at the end: a headline or a deck, not a sentence. */
  public static boolean unfinished(String sentence) {
    String t = sentence.strip();
    return !t.isEmpty() && ".!?\"\u201D\u2019')".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /**
   * A piece of a sentence rather than a sentence: it opens with punctuation that continues
   * something (", , it shouldn't have been published.", "-- a ranking of all URLs ...") or with a
   * lower-case letter, or is cut short by a teaser's ellipsis ("Protests were held in different
   * parts of...").
   */
  public static boolean fragment(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) return true;
    char c = s.charAt(0);
    return ",;:.)]}!?-\u2013\u2014\u2022".indexOf(c) >= 0 || Character.isLowerCase(c)
        || s.endsWith("...") || s.endsWith("\u2026");
  }
}
