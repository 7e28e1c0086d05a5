package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words looked for in an element's class and id names, each standing alone between
 * separators ({@code -}, {@code _} or a space) or the ends of the name: {@code "share"} is in
 * {@code "post-share bar"} but not in {@code "shared"}. The same test as the regular expression
 * {@code (^|[-_ ])(word1|word2|...)([-_ ]|$)}, without trying every word at every place (pages
 * have thousands of named elements). Immutable and thread-safe.
 */
final class NameWords {
  private final Map<Character, String[]> byFirst;

  NameWords(String... words) {
    Map<Character, List<String>> lists = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) throw new IllegalArgumentException("empty word in a name list");
      lists.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    }
    byFirst = new HashMap<>();
    lists.forEach((c, l) -> byFirst.put(c, l.toArray(String[]::new)));
  }

  /** Whether {@code name} (already lower-cased) holds one of the words. */
  boolean in(String name) {
    int n = name.length();
    for (int s = 0; s < n; s++) {
      if (s > 0 && !isSeparator(name.charAt(s - 1))) continue;
      String[] candidates = byFirst.get(name.charAt(s));
      if (candidates == null) continue;
      for (String w : candidates) {
        int e = s + w.length();
        if (name.startsWith(w, s) && (e == n || isSeparator(name.charAt(e)))) return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == ' ';
  }
}
