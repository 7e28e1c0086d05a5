package dev.precis.represent.dedup;

import dev.precis.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles whose texts are near duplicates: MinHash signatures over 5-word shingles
 * (lower-cased letters and digits), candidate pairs from locality-sensitive hashing bands, and
 * a pair joined when its estimated Jaccard similarity reaches the threshold. Groups are closed
 * under "is a near duplicate of" (transitively).
 *
 * <p>Output: groups of indices into the input list; every index appears in exactly one group
 * (singletons included), indices ascending within a group, groups ordered by their first index.
 * An article with no words is a group of its own. Deterministic; stateless and thread-safe.
 */
public final class NearDuplicateGrouper {
  static final int SHINGLE = 5;
  private static final int BANDS = 32;
  private static final int ROWS = 4;
  private static final int HASHES = BANDS * ROWS;

  private final double threshold;

  /** Joins articles whose estimated Jaccard similarity of shingles is at least 0.6. */
  public NearDuplicateGrouper() {
    this(0.6);
  }

  /** @throws IllegalArgumentException unless {@code 0 < threshold <= 1} */
  public NearDuplicateGrouper(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  public List<List<Integer>> group(List<Article> articles) {
    int n = articles.size();
    if (n == 1) return List.of(List.of(0));
    long[][] signatures = new long[n][];
    for (int i = 0; i < n; i++) signatures[i] = signature(articles.get(i).text());
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (signatures[i] == null) continue;
        long key = bandKey(signatures[i], band);
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int a = 0; a < bucket.size(); a++) {
          for (int b = a + 1; b < bucket.size(); b++) {
            int x = bucket.get(a);
            int y = bucket.get(b);
            if (find(parent, x) != find(parent, y)
                && similarity(signatures[x], signatures[y]) >= threshold) {
              union(parent, x, y);
            }
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) out.add(List.copyOf(g));
    return List.copyOf(out);
  }

  /** The estimated Jaccard similarity of two texts' shingle sets (0 when either has no words). */
  public double similarity(String a, String b) {
    long[] x = signature(a);
    long[] y = signature(b);
    return x == null || y == null ? 0 : similarity(x, y);
  }

  /**
   * The estimated Jaccard similarity of two {@link #signature}s: the share of their 128 minima
   * that agree.
   */
  public static double similarity(long[] x, long[] y) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (x[i] == y[i]) same++;
    return (double) same / HASHES;
  }

  /**
   * The MinHash signature of a text, or null when it has no word. The 128 hash functions of a
   * shingle are {@code h1 + i * h2} (Kirsch and Mitzenmacher's double hashing) from two mixes of
   * its hash: one multiply-add each instead of a full mix, with the same estimate in practice.
   */
  public static long[] signature(String text) {
    long[] words = new long[64];
    int count = 0;
    int hash = 0;
    int length = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
      if (Character.isLetterOrDigit(c)) {
        hash = 31 * hash + c;
        length++;
      } else if (length > 0) {
        if (count == words.length) words = java.util.Arrays.copyOf(words, count * 2);
        words[count++] = mix(hash * 0x9E3779B97F4A7C15L);
        hash = 0;
        length = 0;
      }
    }
    if (count == 0) return null;
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, count - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = s; k < Math.min(count, s + SHINGLE); k++) h = mix(h * 31 + words[k]);
      long h1 = mix(h ^ 0x632BE59BD9B4E019L);
      long h2 = mix(h + 0x9E3779B97F4A7C15L) | 1;
      long v = h1;
      for (int i = 0; i < HASHES; i++) {
        if (v < sig[i]) sig[i] = v;
        v += h2;
      }
    }
    return sig;
  }

  /**
   * The key of band {@code band} (0 to {@link #bands()} - 1) of a signature: two texts whose
   * estimated similarity is high share some band's key, so a map from keys to texts finds the
   * candidate pairs of a stream without comparing every pair.
   */
  public static long bandKey(long[] signature, int band) {
    long key = band;
    for (int r = 0; r < ROWS; r++) key = mix(key * 31 + signature[band * ROWS + r]);
    return key;
  }

  /** The number of bands of a signature. */
  public static int bands() {
    return BANDS;
  }

  /** A 64-bit finalizer (from SplitMix64): spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra < rb) parent[rb] = ra;
    else parent[ra] = rb;
  }
}
