package dev.precis.eval;

import java.util.Arrays;

/**
 * Counts the n-grams and skip bigrams two token sequences share, clipped as ROUGE clips them
 * (a gram found k times in the system and j times in a reference matches min(k, j) times).
 * Grams are 64-bit keys held in sorted primitive arrays; no gram is ever a string. Stateless.
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
   * The skip bigrams of a text, sorted: every ordered pair of tokens at most {@code distance}
   * tokens apart in between (any distance when negative), plus, with {@code unigrams}, every
   * token but the last (ROUGE's loop stops one short, so the last token never counts alone).
   */
  static long[] skipBigrams(int[] tokens, int distance, boolean unigrams) {
    int n = tokens.length;
    long size = 0;
    for (int i = 0; i < n - 1; i++) {
      size += (unigrams ? 1 : 0) + (distance < 0 ? n - 1 - i : Math.min(n - 1 - i, distance + 1));
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a text of " + n + " tokens has too many skip bigrams (" + size + "): limit the skip"
              + " distance with -2 or the length with -l");
    }
    long[] keys = new long[(int) size];
    int at = 0;
    for (int i = 0; i < n - 1; i++) {
      long first = (long) tokens[i] << 32;
      if (unigrams) {
        keys[at++] = first | NO_SECOND_WORD;
      }
      for (int j = i + 1; j < n && (distance < 0 || j <= i + distance + 1); j++) {
        keys[at++] = first | tokens[j];
      }
    }
    Arrays.sort(keys);
    return keys;
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
