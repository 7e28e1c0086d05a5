package dev.precis.ingest.html;

import java.util.List;

/**
 * The second look of the {@link BlockModel}: each block's features with what the first model
 * said of the blocks around it, so that the decision follows the page's structure (a block
 * among article paragraphs is likely article text, a lone sentence in a footer box is not).
 * Added to each row: the first chance of the block and of the two blocks on each side; the mean
 * chance, by characters, of the blocks under its parent, grandparent and great-grandparent; and
 * whether it lies inside the element whose blocks gain the most from being taken (the sum over
 * its blocks of characters times the chance less one half, as a maximum-subarray over the tree),
 * with that element's gain against its parent's.
 */
final class BlockContext {
  static final List<String> NAMES = List.of("first_chance", "prev_chance", "prev2_chance",
      "next_chance", "next2_chance", "parent_chance", "grand_chance", "great_chance",
      "in_best_container", "parent_gain_share", "container_chars_share");
  static final int K = BlockFeatures.K + NAMES.size();

  private BlockContext() {}

  static float[][] of(PageBlocks page, float[] chance) {
    float[][] base = page.features();
    int n = base.length;
    float[][] rows = new float[n][K];
    if (n == 0) return rows;
    int[] parent = page.parent();
    int[] element = page.elements();
    int m = parent.length;
    double[] mass = new double[m];
    double[] chars = new double[m];
    double[] gain = new double[m];
    for (int i = 0; i < n; i++) {
      double c = page.texts().get(i).length();
      for (int x = element[i]; x >= 0; x = parent[x]) {
        mass[x] += c * chance[i];
        chars[x] += c;
        gain[x] += c * (chance[i] - 0.5);
      }
    }
    int best = 0;
    for (int x = 0; x < m; x++) if (gain[x] > gain[best]) best = x;
    double total = Math.max(1, chars[0]);
    for (int i = 0; i < n; i++) {
      float[] r = rows[i];
      System.arraycopy(base[i], 0, r, 0, BlockFeatures.K);
      int k = BlockFeatures.K;
      r[k++] = chance[i];
      r[k++] = i > 0 ? chance[i - 1] : -1;
      r[k++] = i > 1 ? chance[i - 2] : -1;
      r[k++] = i + 1 < n ? chance[i + 1] : -1;
      r[k++] = i + 2 < n ? chance[i + 2] : -1;
      int p = parent[element[i]];
      int g = p >= 0 ? parent[p] : -1;
      int gg = g >= 0 ? parent[g] : -1;
      r[k++] = p >= 0 && chars[p] > 0 ? (float) (mass[p] / chars[p]) : -1;
      r[k++] = g >= 0 && chars[g] > 0 ? (float) (mass[g] / chars[g]) : -1;
      r[k++] = gg >= 0 && chars[gg] > 0 ? (float) (mass[gg] / chars[gg]) : -1;
      boolean inside = false;
      for (int x = element[i]; x >= 0; x = parent[x]) {
        if (x == best) {
          inside = true;
          break;
        }
      }
      r[k++] = inside ? 1 : 0;
      r[k++] = p >= 0 && gain[best] > 0 ? (float) (gain[p] / gain[best]) : 0;
      r[k++] = (float) (chars[best] / total);
    }
    return rows;
  }
}
