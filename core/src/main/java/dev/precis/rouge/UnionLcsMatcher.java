package dev.precis.rouge;

/**
 * Summary-level longest common subsequence as ROUGE-1.5.5 computes it for ROUGE-L and ROUGE-W:
 * each reference sentence is aligned with every system sentence, the reference words on any of
 * those LCS paths form the union LCS, and a word counts as a hit only while both texts still
 * have an unused occurrence of it (so ROUGE-L never exceeds ROUGE-1).
 *
 * <p>Paths follow the script's tie-breaking exactly (on a tie, move up the reference), because
 * with clipping which words are marked changes the score. For ROUGE-W a run of k consecutive
 * hits weighs {@code k^w}, with the script's bookkeeping of runs. Stateless.
 */
final class UnionLcsMatcher {
  private UnionLcsMatcher() {
  }

  /**
   * Matches one reference against the system summary.
   *
   * @param reference       the reference's sentences as token ids
   * @param system          the system summary's sentences as token ids
   * @param referenceCounts how often each token id occurs in the reference; used up by hits
   * @param systemCounts    the same for the system summary; used up by hits
   * @param weight          the ROUGE-W weight, or NaN for plain ROUGE-L
   * @return {hits, base}: for ROUGE-L the hit count and the reference length in tokens; for
   *     ROUGE-W the weighted hits and the sum over reference sentences of length^weight
   */
  static double[] match(int[][] reference, int[][] system, int[] referenceCounts,
      int[] systemCounts, double weight) {
    boolean weighted = !Double.isNaN(weight);
    double[] powers = weighted ? powers(reference, weight) : null;
    double hits = 0;
    double base = 0;
    for (int[] sentence : reference) {
      boolean[] onPath = new boolean[sentence.length];
      base += weighted ? Math.pow(sentence.length, weight) : sentence.length;
      if (sentence.length > 0) {
        for (int[] other : system) {
          mark(sentence, other, onPath, powers);
        }
      }
      int run = 0;
      for (int j = 0; j < sentence.length; j++) {
        int token = sentence[j];
        if (onPath[j] && referenceCounts[token] > 0 && systemCounts[token] > 0) {
          if (weighted) {
            run++;
            // the script closes a run at an unmarked word or at the sentence end only
            if (j + 1 == sentence.length || !onPath[j + 1]) {
              hits += powers[run];
              run = 0;
            }
          } else {
            hits++;
          }
          referenceCounts[token]--;
          systemCounts[token]--;
        }
      }
    }
    return new double[] {hits, base};
  }

  /** {@code k^weight} for every run length k that can occur, so the DP calls no pow. */
  private static double[] powers(int[][] reference, double weight) {
    int longest = 1;
    for (int[] sentence : reference) {
      longest = Math.max(longest, sentence.length);
    }
    double[] powers = new double[longest + 2];
    for (int k = 0; k < powers.length; k++) {
      powers[k] = Math.pow(k, weight);
    }
    return powers;
  }

  /**
   * Marks the reference positions on the script's LCS path of the two sentences; weighted
   * (ROUGE-W) when {@code powers} is not null.
   */
  private static void mark(int[] model, int[] peer, boolean[] onPath, double[] powers) {
    int m = model.length;
    int n = peer.length;
    int w = n + 1;
    double[] c = new double[(m + 1) * w];
    if (powers == null) {
      for (int i = 1; i <= m; i++) {
        for (int j = 1; j <= n; j++) {
          if (model[i - 1] == peer[j - 1]) {
            c[i * w + j] = c[(i - 1) * w + j - 1] + 1;
          } else {
            c[i * w + j] = Math.max(c[(i - 1) * w + j], c[i * w + j - 1]);
          }
        }
      }
    } else {
      int[] run = new int[(m + 1) * w];
      for (int i = 1; i <= m; i++) {
        for (int j = 1; j <= n; j++) {
          if (model[i - 1] == peer[j - 1]) {
            int k = run[(i - 1) * w + j - 1];
            c[i * w + j] = c[(i - 1) * w + j - 1] + powers[k + 1] - powers[k];
            run[i * w + j] = k + 1;
          } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
            c[i * w + j] = c[(i - 1) * w + j];
          } else {
            c[i * w + j] = c[i * w + j - 1];
          }
        }
      }
    }
    int i = m;
    int j = n;
    while (i != 0 && j != 0) {
      if (model[i - 1] == peer[j - 1]) {
        i--;
        j--;
        onPath[i] = true;
      } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }
}
