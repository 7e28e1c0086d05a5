package dev.precis.rouge;

import java.util.Arrays;

/**
 * Counts the n-grams and skip bigrams two token sequences share, clipped as ROUGE clips them
 * (a gram found k times in the system and j times in a reference matches min(k, j) times).
 * Grams are 64-bit keys held in sorted primitive arrays or a primitive hash table; no gram is
 * ever a string. Stateless.
 */
final class GramCounter {
  private static final long NO_SECOND_WORD = 0xFFFFFFFFL;

  private GramCounter() {
  }

  /**
   * The n-grams of every text for n = 1..maxN, as {@code result[n - 1][text]}: a sorted array
   * of keys, one per occurrence, comparable across the texts. Grams run across sentence ends,
   * as in ROUGE (it joins the sentences before counting).
   */
  static long[][][] ngrams(int[][] texts, int maxN) {
    long[][][] result = new long[maxN][texts.length][];
    int[][] ids = new int[texts.length][];
    for (int t = 0; t < texts.length; t++) {
      ids[t] = texts[t].clone();
    }
    for (int n = 1; n <= maxN; n++) {
      long[][] keys = new long[texts.length][];
      for (int t = 0; t < texts.length; t++) {
        int[] tokens = texts[t];
        int count = Math.max(0, tokens.length - n + 1);
        keys[t] = new long[count];
        for (int i = 0; i < count; i++) {
          keys[t][i] = n == 1 ? tokens[i] : ((long) ids[t][i] << 32) | tokens[i + n - 1];
        }
      }
      if (n < maxN && n > 1) {
        renumber(keys, ids);
      }
      for (int t = 0; t < texts.length; t++) {
        result[n - 1][t] = keys[t].clone();
        Arrays.sort(result[n - 1][t]);
      }
    }
    return result;
  }

  /** Gives each distinct (n-1)-gram-id-plus-word key a dense id, shared by all texts. */
  private static void renumber(long[][] keys, int[][] ids) {
    int total = 0;
    for (long[] k : keys) {
      total += k.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] k : keys) {
      System.arraycopy(k, 0, all, at, k.length);
      at += k.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    for (int t = 0; t < keys.length; t++) {
      for (int i = 0; i < keys[t].length; i++) {
        ids[t][i] = Arrays.binarySearch(all, 0, distinct, keys[t][i]);
      }
    }
  }

  /**
   * How many skip bigrams a text of n tokens has: every ordered pair of tokens at most
   * {@code distance} tokens apart in between (any distance when negative), plus, with
   * {@code unigrams}, every token but the last (ROUGE's loop stops one short, so the last
   * token never counts alone).
   */
  static long skipBigramCount(int n, int distance, boolean unigrams) {
    long count = 0;
    for (int i = 0; i < n - 1; i++) {
      count += (unigrams ? 1 : 0) + (distance < 0 ? n - 1 - i : Math.min(n - 1 - i, distance + 1));
    }
    return count;
  }

  /** The skip bigrams of the system summary, counted in a primitive hash table. */
  static GramTable skipBigrams(int[] tokens, int distance, boolean unigrams) {
    GramTable table = new GramTable(skipBigramCount(tokens.length, distance, unigrams));
    int n = tokens.length;
    for (int i = 0; i < n - 1; i++) {
      long first = (long) tokens[i] << 32;
      if (unigrams) {
        table.add(first | NO_SECOND_WORD);
      }
      for (int j = i + 1; j < n && (distance < 0 || j <= i + distance + 1); j++) {
        table.add(first | tokens[j]);
      }
    }
    return table;
  }

  /**
   * The clipped matches between a reference's skip bigrams and the system's: each occurrence in
   * the reference uses up one occurrence in the system, while any is left.
   */
  static int skipBigramHits(int[] reference, int distance, boolean unigrams, GramTable system) {
    int[] left = system.counts.clone();
    int hits = 0;
    int n = reference.length;
    for (int i = 0; i < n - 1; i++) {
      long first = (long) reference[i] << 32;
      if (unigrams) {
        hits += system.use(first | NO_SECOND_WORD, left);
      }
      for (int j = i + 1; j < n && (distance < 0 || j <= i + distance + 1); j++) {
        hits += system.use(first | reference[j], left);
      }
    }
    return hits;
  }

  /** Counts of 64-bit gram keys: open addressing with linear probing. */
  static final class GramTable {
    private final long[] keys;
    private final boolean[] used;
    private final int[] counts;
    private final int mask;
    private final long size;

    private GramTable(long expected) {
      if (expected > (1 << 28)) {
        throw new IllegalArgumentException("a summary with " + expected + " skip bigrams is too"
            + " long to score: limit the skip distance with -2 or the length with -l");
      }
      int capacity = Integer.highestOneBit((int) Math.max(4, expected * 2)) * 2;
      keys = new long[capacity];
      used = new boolean[capacity];
      counts = new int[capacity];
      mask = capacity - 1;
      size = expected;
    }

    /** How many grams were added, repeats included. */
    long size() {
      return size;
    }

    private void add(long key) {
      int slot = slot(key);
      used[slot] = true;
      keys[slot] = key;
      counts[slot]++;
    }

    /** 1 if an unused occurrence of the key is left (and uses it up), else 0. */
    private int use(long key, int[] left) {
      int slot = slot(key);
      if (used[slot] && left[slot] > 0) {
        left[slot]--;
        return 1;
      }
      return 0;
    }

    private int slot(long key) {
      int slot = (int) mix(key) & mask;
      while (used[slot] && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static long mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return h ^ (h >>> 29);
    }
  }

  /** The clipped number of matches between two sorted key arrays. */
  static int clippedHits(long[] reference, long[] system) {
    int hits = 0;
    int i = 0;
    int j = 0;
    while (i < reference.length && j < system.length) {
      if (reference[i] < system[j]) {
        i++;
      } else if (reference[i] > system[j]) {
        j++;
      } else {
        long key = reference[i];
        int inReference = 0;
        int inSystem = 0;
        while (i < reference.length && reference[i] == key) {
          i++;
          inReference++;
        }
        while (j < system.length && system[j] == key) {
          j++;
          inSystem++;
        }
        hits += Math.min(inReference, inSystem);
      }
    }
    return hits;
  }
}
