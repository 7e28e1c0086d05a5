package dev.precis.eval.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels a page's blocks against its expected body: a block is article text when most of its
 * 4-token shingles (the benchmark's own tokens) are in the body, or, for a block of fewer than
 * four tokens, when its tokens appear together in the body. Each block weighs its share of the
 * page's tokens, as the benchmark's per-page normalisation does, plus a small floor.
 */
final class BlockLabeler {
  /** Labels and weights, one per block. */
  record Labels(float[] y, float[] w) {}

  Labels label(List<String> blocks, String truth) {
    List<String> t = ShingleF1.tokens(truth);
    Set<String> grams = new HashSet<>();
    for (int i = 0; i < t.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < Math.min(t.size(), i + 4); j++) {
        if (j > i) b.append('\u0001');
        b.append(t.get(j));
        grams.add(b.toString());
      }
    }
    int n = blocks.size();
    float[] y = new float[n];
    float[] w = new float[n];
    int[] sizes = new int[n];
    long all = 0;
    for (int i = 0; i < n; i++) {
      List<String> mine = ShingleF1.tokens(blocks.get(i));
      sizes[i] = mine.size();
      all += mine.size();
      if (mine.isEmpty()) continue;
      if (mine.size() < 4) {
        y[i] = grams.contains(String.join("\u0001", mine)) ? 1 : 0;
        continue;
      }
      int in = 0;
      int windows = mine.size() - 3;
      for (int s = 0; s < windows; s++) {
        if (grams.contains(String.join("\u0001", mine.subList(s, s + 4)))) in++;
      }
      y[i] = in * 2 >= windows ? 1 : 0;
    }
    for (int i = 0; i < n; i++) w[i] = (float) (0.05 + 50.0 * sizes[i] / Math.max(1, all));
    return new Labels(y, w);
  }
}
