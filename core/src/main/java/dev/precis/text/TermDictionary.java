package dev.precis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns terms to dense int ids ({@code 0, 1, 2, ...} in order of first sight), so that vectors
 * and counts can live in primitive arrays. One dictionary serves one cluster; not thread-safe.
 */
public final class TermDictionary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  /** The id of {@code term}, assigning the next id if it is new. */
  public int intern(CharSequence term) {
    String key = term.toString();
    Integer id = ids.get(key);
    if (id != null) return id;
    int next = terms.size();
    ids.put(key, next);
    terms.add(key);
    return next;
  }

  /** The id of {@code term}, or -1 if it was never interned. */
  public int id(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }

  public String term(int id) {
    return terms.get(id);
  }

  public int size() {
    return terms.size();
  }
}
