package dev.precis.text;

import dev.precis.model.CanonicalName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a name spelled differently across the articles of a cluster (Esper / Asper / Esber) and
 * picks the spelling most articles use.
 *
 * <p>Two capitalized words are spellings of one name when they are one edit apart (two for long
 * words), neither is ever written in lower case in the cluster (so it is a name, not a word), they
 * share a neighbouring word ("Mark Esper", "Mark Asper"), and the rarer spelling is used by at most
 * half of the articles. The last rule keeps names that really differ by one letter and are each
 * common, such as Iraq and Iran, apart.
 *
 * <p>A word and its derived forms are not spellings of one name: two forms that differ only in an
 * ending English adds to a word ("Korea" / "Korean", "Chief" / "Chiefs", "Democrats" /
 * "Democratic") stay apart, while "Seely" / "Seeley" (no such ending) group.
 */
public final class NameVariantFinder {
  private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{3,}\\b");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
      "that", "this", "is", "was", "he", "she", "it", "as", "s");

  /** The names found, with each spelling's article count; and a map from variant to canonical. */
  public record Result(List<CanonicalName> names, Map<String, String> canonicalOf) {
    public Result {
      names = List.copyOf(names);
      canonicalOf = Map.copyOf(canonicalOf);
    }

    /** Whether {@code text} uses a spelling that is not the canonical one. */
    public boolean usesVariant(String text) {
      if (canonicalOf.isEmpty() || !mayUseVariant(text)) return false;
      Matcher m = CAPITALIZED.matcher(text).useTransparentBounds(true);
      for (int at = nextCapitalized(m, text, 0); at >= 0; at = nextCapitalized(m, text, m.end())) {
        String c = canonicalOf.get(m.group());
        if (c != null && !c.equals(m.group())) return true;
      }
      return false;
    }

    /** The plain search that gates the pattern: a variant's spelling is in {@code text}. */
    private boolean mayUseVariant(String text) {
      for (Map.Entry<String, String> e : canonicalOf.entrySet()) {
        if (!e.getKey().equals(e.getValue()) && text.contains(e.getKey())) return true;
      }
      return false;
    }
  }

  private static final class Form {
    final String spelling;
    final Set<Integer> articles = new HashSet<>();
    final Set<String> neighbours = new HashSet<>();
    int mentions;

    Form(String spelling) {
      this.spelling = spelling;
    }
  }

  /** Finds the name variants in {@code texts}, the cleaned texts of one cluster's articles. */
  public Result find(List<String> texts) {
    Map<String, Form> forms = new TreeMap<>();
    for (int a = 0; a < texts.size(); a++) {
      String text = texts.get(a);
      Matcher m = CAPITALIZED.matcher(text).useTransparentBounds(true);
      for (int at = nextCapitalized(m, text, 0); at >= 0; at = nextCapitalized(m, text, m.end())) {
        Form f = forms.computeIfAbsent(m.group(), Form::new);
        f.mentions++;
        f.articles.add(a);
        addNeighbour(f, previousWord(text, m.start()));
        addNeighbour(f, nextWord(text, m.end()));
      }
    }
    Set<String> lowerWords = wordsInLowerCase(texts, forms.keySet());
    List<Form> names = new ArrayList<>();
    for (Form f : forms.values()) {
      if (!lowerWords.contains(f.spelling.toLowerCase(Locale.ROOT))) names.add(f);
    }
    int[] parent = new int[names.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    // Spellings of one name share a neighbouring word: only the names beside one word are
    // compared, not every pair (an inverted index from neighbour to names, so a cluster of a
    // thousand articles is not quadratic in its names). Within one neighbour's names, spellings
    // differ in length by at most 2: each is compared only with those as long or up to 2 letters
    // longer, in order of length.
    Map<String, List<Integer>> byNeighbour = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      for (String n : names.get(i).neighbours) {
        byNeighbour.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
      }
    }
    Comparator<Integer> byLength = Comparator.comparingInt(i -> names.get(i).spelling.length());
    for (List<Integer> beside : byNeighbour.values()) {
      if (beside.size() < 2) continue;
      beside.sort(byLength);
      for (int x = 0; x < beside.size(); x++) {
        int i = beside.get(x);
        Form a = names.get(i);
        for (int y = x + 1; y < beside.size(); y++) {
          int j = beside.get(y);
          Form b = names.get(j);
          if (b.spelling.length() - a.spelling.length() > 2) break;
          if (find(parent, i) != find(parent, j) && sameName(a, b, texts.size())) union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Form>> groups = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(names.get(i));
    }
    List<CanonicalName> out = new ArrayList<>();
    Map<String, String> canonicalOf = new HashMap<>();
    for (List<Form> g : groups.values()) {
      if (g.size() < 2) continue;
      g.sort(Comparator.<Form>comparingInt(f -> -f.articles.size())
          .thenComparingInt(f -> -f.mentions)
          .thenComparing(f -> f.spelling));
      Map<String, Integer> variants = new LinkedHashMap<>();
      for (Form f : g) {
        variants.put(f.spelling, f.articles.size());
        canonicalOf.put(f.spelling, g.get(0).spelling);
      }
      out.add(new CanonicalName(g.get(0).spelling, variants));
    }
    out.sort(Comparator.comparing(CanonicalName::name));
    return new Result(out, canonicalOf);
  }

  /**
   * {@code m.find(from)} of {@link #CAPITALIZED} without trying the pattern where it cannot start:
   * it starts with a capital letter, so at an ASCII character only at one of A-Z. {@code m}
   * has transparent bounds, so "\\b" sees the character before {@code from}. The match's start,
   * with {@code m} on it, or -1 for none.
   */
  private static int nextCapitalized(Matcher m, String text, int from) {
    for (int i = from, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 && (c < 'A' || c > 'Z')) continue;
      m.region(i, n);
      if (m.lookingAt()) return i;
    }
    return -1;
  }

  /**
   * The lower-cased {@code spellings} that are words of {@code texts} (runs of letters, as
   * {@code \p{L}+} finds them) beginning in lower case: each run of a spelling's length is
   * compared by its hash, with no string made for it.
   */
  private static Set<String> wordsInLowerCase(List<String> texts, Set<String> spellings) {
    java.util.BitSet lengths = new java.util.BitSet();
    Map<Integer, List<String>> byHash = new HashMap<>();
    for (String s : spellings) {
      String lower = s.toLowerCase(Locale.ROOT);
      lengths.set(lower.length());
      List<String> same = byHash.computeIfAbsent(lower.hashCode(), k -> new ArrayList<>(1));
      if (!same.contains(lower)) same.add(lower);
    }
    Set<String> lowerWords = new HashSet<>();
    if (spellings.isEmpty()) return lowerWords;
    for (String text : texts) {
      // Runs of letters, scanned (\p{L} is Character.isLetter of a code point).
      int i = 0, n = text.length();
      while (i < n) {
        int c = text.charAt(i);
        if (c < 128 ? !asciiLetter(c) : !Character.isLetter(c = text.codePointAt(i))) {
          i += Character.charCount(c);
          continue;
        }
        int start = i;
        int hash = 0;
        while (i < n) {
          c = text.charAt(i);
          if (c < 128) {
            if (!asciiLetter(c)) break;
            hash = 31 * hash + c;
            i++;
          } else {
            c = text.codePointAt(i);
            if (!Character.isLetter(c)) break;
            int count = Character.charCount(c);
            for (int k = i; k < i + count; k++) hash = 31 * hash + text.charAt(k);
            i += count;
          }
        }
        if (lengths.get(i - start) && Character.isLowerCase(text.charAt(start))) {
          List<String> same = byHash.get(hash);
          if (same == null) continue;
          for (int k = 0; k < same.size(); k++) {
            String lower = same.get(k);
            if (text.regionMatches(start, lower, 0, lower.length())) {
              lowerWords.add(lower);
              same.remove(k); // found once is enough
              if (same.isEmpty()) byHash.remove(hash);
              break;
            }
          }
        }
      }
    }
    return lowerWords;
  }

  private static boolean asciiLetter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Endings that make another word of a name: plurals, demonyms and adjectives, agents. */
  private static final Set<String> ENDINGS = Set.of("", "s", "es", "n", "ns", "an", "ans", "ian",
      "ians", "ic", "ics", "ism", "ist", "ists", "ite", "ites", "ese", "ish", "i", "is", "er", "ers",
      "ed", "ing", "al", "ly", "y", "ies", "ia", "e", "a");

  /**
   * Whether {@code a} and {@code b} are one word with two of {@link #ENDINGS}: after their longest
   * common beginning (at least 4 letters), what is left of each is an ending ("Korea" + "" /
   * "Korea" + "n"; "Democrat" + "s" / "Democrat" + "ic").
   */
  static boolean derivedForms(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
    int common = 0;
    while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) common++;
    if (common < 4) return false;
    String ex = x.substring(common), ey = y.substring(common);
    // "y" and "e" alone are no ending a name takes: Seely / Seeley is one name spelled two ways.
    if (ex.isEmpty() && (ey.equals("y") || ey.equals("e")) || ey.isEmpty() && (ex.equals("y") || ex.equals("e"))) {
      return false;
    }
    if (!ENDINGS.contains(ex) || !ENDINGS.contains(ey)) return false;
    // One word and the other plus an ending (Korea / Korean), or a plural beside another form
    // (Democrats / Democratic); two endings of neither kind are a name spelled two ways
    // (Kristan / Kristian).
    return ex.isEmpty() || ey.isEmpty() || PLURALS.contains(ex) || PLURALS.contains(ey);
  }

  private static final Set<String> PLURALS = Set.of("s", "es", "ns", "ans", "ians", "ists", "ites",
      "ers", "ies", "ics");

  private static boolean sameName(Form x, Form y, int articleCount) {
    String a = x.spelling, b = y.spelling;
    // The cheap tests first; each is a condition of its own, so their order changes nothing.
    int limit = Math.min(a.length(), b.length()) >= 8 ? 2 : 1;
    if (Math.abs(a.length() - b.length()) > limit) return false;
    Form rarer = x.articles.size() <= y.articles.size() ? x : y;
    if (rarer.articles.size() * 2 > articleCount) return false;
    if (derivedForms(a, b)) return false;
    if (editDistance(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT), limit) > limit) {
      return false;
    }
    for (String n : x.neighbours) if (y.neighbours.contains(n)) return true;
    return false;
  }

  /** Optimal-string-alignment distance, giving up (returning limit + 1) past {@code limit}. */
  static int editDistance(String a, String b, int limit) {
    int n = a.length(), m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) return limit + 1;
    }
    return d[n][m];
  }

  private static void addNeighbour(Form f, String word) {
    if (word == null) return;
    String lower = word.toLowerCase(Locale.ROOT);
    if (!FUNCTION_WORDS.contains(lower)) f.neighbours.add(lower);
  }

  private static String previousWord(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') end--;
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
    return start < end ? text.substring(start, end) : null;
  }

  private static String nextWord(String text, int at) {
    int start = at;
    while (start < text.length() && text.charAt(start) == ' ') start++;
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
    return start < end ? text.substring(start, end) : null;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    parent[find(parent, i)] = find(parent, j);
  }
}
