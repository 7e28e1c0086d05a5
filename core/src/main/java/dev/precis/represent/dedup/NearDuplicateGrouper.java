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
 * a pair joined when its estimated Jaccard similarity reaches the threshold. A few articles
 * (up to {@value #FEW}) are paired by their exact overlap first, and only the pairs that may be
 * near duplicates get signatures. Groups are closed
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
    return group(articles, articles.size() <= FEW);
  }

  /** {@link #group}, the few articles' way ({@code few}) or the bands' way whatever their number. */
  List<List<Integer>> group(List<Article> articles, boolean few) {
    int n = articles.size();
    if (n == 1) return List.of(List.of(0));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    if (few) {
      joinFew(articles, parent);
    } else {
      joinMany(articles, parent);
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) out.add(List.copyOf(g));
    return List.copyOf(out);
  }

  /** Up to this many articles, every pair is first compared by its exact shingle overlap. */
  static final int FEW = 12;
  /**
   * Under this exact Jaccard similarity a pair is not a candidate: its MinHash estimate cannot
   * reach the threshold but by a chance of about 1e-15 (128 hashes), and computing signatures
   * costs 128 hashes a shingle where the exact overlap of two sorted arrays costs a sort.
   */
  static final double CANDIDATE_JACCARD = 0.3;

  /**
   * The pairs of a few articles (a Multi-News cluster has two or three): their exact shingle
   * overlap first, then, for the pairs that may be near duplicates, the signatures and the test
   * {@link #joinMany} applies (a band in common and an estimate at the threshold), so the groups
   * are the same.
   */
  private void joinFew(List<Article> articles, int[] parent) {
    int n = articles.size();
    long[][] shingles = new long[n][];
    for (int i = 0; i < n; i++) shingles[i] = distinctShingles(articles.get(i).text());
    long[][] signatures = new long[n][];
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        if (shingles[x] == null || shingles[y] == null || find(parent, x) == find(parent, y)) continue;
        if (jaccard(shingles[x], shingles[y]) < Math.min(CANDIDATE_JACCARD, threshold / 2)) continue;
        if (signatures[x] == null) signatures[x] = signature(shingles[x]);
        if (signatures[y] == null) signatures[y] = signature(shingles[y]);
        if (shareBand(signatures[x], signatures[y])
            && similarity(signatures[x], signatures[y]) >= threshold) {
          union(parent, x, y);
        }
      }
    }
  }

  private static boolean shareBand(long[] x, long[] y) {
    for (int band = 0; band < BANDS; band++) if (bandKey(x, band) == bandKey(y, band)) return true;
    return false;
  }

  /** The exact Jaccard similarity of two sorted arrays of distinct values. */
  static double jaccard(long[] a, long[] b) {
    int i = 0, j = 0, common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** Candidate pairs from locality-sensitive hashing bands, for many articles. */
  private void joinMany(List<Article> articles, int[] parent) {
    int n = articles.size();
    long[][] signatures = new long[n][];
    for (int i = 0; i < n; i++) signatures[i] = signature(articles.get(i).text());
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
    long[] shingles = shingles(text);
    return shingles == null ? null : signature(shingles);
  }

  /** The hashes of a text's shingles, sorted, each once; null when it has no word. */
  static long[] distinctShingles(String text) {
    long[] h = shingles(text);
    if (h == null) return null;
    java.util.Arrays.sort(h);
    int n = 0;
    for (int i = 0; i < h.length; i++) if (n == 0 || h[n - 1] != h[i]) h[n++] = h[i];
    return java.util.Arrays.copyOf(h, n);
  }

  /** The signature of a text's shingle hashes, in any order, repeats or not. */
  private static long[] signature(long[] shingles) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long h : shingles) {
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

  /** The hash of each 5-word shingle of a text, in order (one for a text of fewer words). */
  private static long[] shingles(String text) {
    long[] words = new long[64];
    int count = 0;
    int hash = 0;
    int length = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      // ASCII answered without the character tables, as they would answer it.
      boolean wordChar;
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
        wordChar = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      } else {
        c = Character.toLowerCase(c);
        wordChar = Character.isLetterOrDigit(c);
      }
      if (wordChar) {
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
    long[] out = new long[Math.max(1, count - SHINGLE + 1)];
    for (int s = 0; s < out.length; s++) {
      long h = 0;
      for (int k = s; k < Math.min(count, s + SHINGLE); k++) h = mix(h * 31 + words[k]);
      out[s] = h;
    }
    return out;
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
