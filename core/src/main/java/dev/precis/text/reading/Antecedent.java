package dev.precis.text.reading;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event a sentence refers back to without naming it: "Tehran has promised revenge for the
 * murder." In its article the sentence before said whose murder; in a short summary that never
 * says it, the reader cannot tell. The reference is a definite or demonstrative article before a
 * noun for an event or an act ("the murder", "this attack", "the deadly crash"), with nothing after
 * it that names the event ("the murder of ...", "the attack on ...", "the crash in ...") and no
 * word of the same root earlier in the sentence ("Soleimani was murdered; the murder ...").
 *
 * <p>The rule gives the noun's root, which a summary's earlier sentences may name ("killed" for
 * "the killing"): the selector keeps such a sentence out of a short summary unless one of them
 * does.
 */
public final class Antecedent {
  private Antecedent() {}

  /** Nouns that name an event or an act a story has told before it refers back to it. */
  private static final Set<String> EVENT_NOUNS = Set.of("murder", "murders", "killing", "killings",
      "attack", "attacks", "shooting", "shootings", "stabbing", "bombing", "bombings", "blast",
      "explosion", "crash", "collision", "incident", "accident", "assault", "raid", "airstrike",
      "airstrikes", "assassination", "kidnapping", "abduction", "disappearance", "massacre",
      "decision", "announcement", "verdict", "ruling", "scandal", "allegations", "move",
      "remarks", "comments", "leak", "breach", "hack", "tragedy", "ordeal", "deaths");

  /** An article and the one or two lower-case words after it (a noun, or a modifier and a noun). */
  private static final Pattern REFERENCE = Pattern.compile(
      "\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+(\\p{Ll}[\\p{Ll}-]*)(?:\\s+(\\p{Ll}+)\\b)?");

  /** Modifiers that rank events instead of pointing back at one: superlatives, ordinals. */
  private static final Pattern RANKING = Pattern.compile("\\p{Ll}+est|worst|first|second|third|only|same");

  /** What names the event after its noun: "of Soleimani", "on the embassy", "in Ohio", "that ...". */
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "\\s*(?:of|on|in|at|against|by|near|with|to|that|which|who|outside|inside|into|over|during|"
          + "involving|targeting|\\p{Lu}|\\(|\\d)");

  /**
   * The root of the event noun {@code sentence} refers back to without naming its event ("murder"
   * for "... for the murder."), or "" if it names every event it refers to.
   */
  public static String unnamedEvent(String sentence) {
    if (sentence.length() < 10 || !mayNameEventNoun(sentence)) return "";
    Matcher m = REFERENCE.matcher(sentence);
    while (m.find()) {
      for (int g = 1; g <= 2; g++) {
        String noun = m.group(g);
        if (noun == null || !EVENT_NOUNS.contains(noun)) continue;
        // "the deadliest attack targeting Jews", "the first attack": a kind of event, not one told before.
        if (g == 2 && RANKING.matcher(m.group(1)).matches()) break;
        if (NAMED_AFTER.matcher(sentence).region(m.end(g), sentence.length()).lookingAt()) break;
        String root = root(noun);
        if (sentence.substring(0, m.start()).toLowerCase(Locale.ROOT).contains(root)) break;
        return root;
      }
    }
    return "";
  }

  /** {@link #EVENT_NOUNS} by their first letter, for {@link #mayNameEventNoun}. */
  private static final String[][] NOUNS_BY_LETTER = byFirstLetter(EVENT_NOUNS);

  private static String[][] byFirstLetter(Set<String> nouns) {
    String[][] out = new String[26][];
    for (char c = 'a'; c <= 'z'; c++) {
      char first = c;
      out[c - 'a'] = nouns.stream().filter(n -> n.charAt(0) == first).sorted().toArray(String[]::new);
    }
    return out;
  }

  /**
   * The plain search that gates {@link #REFERENCE}: whether one of {@link #EVENT_NOUNS} stands
   * after white space in {@code sentence}, as it does wherever the pattern finds it (the nouns
   * are lower-case ASCII words, the pattern puts white space before them). Most sentences have
   * none.
   */
  private static boolean mayNameEventNoun(String sentence) {
    for (int i = 1, n = sentence.length(); i < n; i++) {
      char c = sentence.charAt(i);
      if (c < 'a' || c > 'z' || !isSpace(sentence.charAt(i - 1))) continue;
      for (String noun : NOUNS_BY_LETTER[c - 'a']) if (sentence.startsWith(noun, i)) return true;
    }
    return false;
  }

  /** {@code \s} of a pattern without flags. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether {@code text} names what {@code root} (from {@link #unnamedEvent}) refers to: a word
   * of that root in it ("killed" for "kill", "murdered" for "murder").
   */
  public static boolean named(String root, String text) {
    return root.isEmpty() || text.toLowerCase(Locale.ROOT).contains(root);
  }

  /** A noun's root, so that its verb matches: "killing" kill, "assassination" assassinat. */
  static String root(String noun) {
    String n = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    for (String ending : new String[] {"ing", "ion", "ment"}) {
      // "comment" keeps its ending: "com" would be in every other word.
      if (n.endsWith(ending) && n.length() - ending.length() >= (ending.equals("ment") ? 5 : 4)) {
        n = n.substring(0, n.length() - ending.length());
        break;
      }
    }
    return n.endsWith("e") ? n.substring(0, n.length() - 1) : n;
  }

}
