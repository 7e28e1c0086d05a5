package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Interns terms to dense int ids ({@code 0, 1, 2, ...} in order of first sight), so that vectors
 * and counts can live in primitive arrays. One dictionary serves one cluster; not thread-safe.
 */
public final class TermDictionary {
  // Looked up by a token's characters: no string is made for a term seen before.
  private final CharArrayMap<Integer> ids = new CharArrayMap<>(256, false);
  private final List<String> terms = new ArrayList<>();

  /** The id of {@code term}, assigning the next id if it is new. */
  public int intern(CharSequence term) {
    Integer id = ids.get(term);
    if (id != null) return id;
    String key = term.toString();
    int next = terms.size();
    ids.put(key, next);
    terms.add(key);
    return next;
  }

  /** {@link #intern(CharSequence)} of {@code length} characters of {@code chars} from {@code start}. */
  public int intern(char[] chars, int start, int length) {
    Integer id = ids.get(chars, start, length);
    if (id != null) return id;
    String key = new String(chars, start, length);
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
