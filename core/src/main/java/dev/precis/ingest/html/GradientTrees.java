package dev.precis.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A binary-logistic XGBoost model evaluated in plain Java, read from XGBoost's JSON form. A page
 * has a few hundred blocks: handing them to the native library costs more than walking the trees
 * (a matrix copied across JNI per call, and worker threads that spin on a busy machine), so the
 * extractor walks them itself. Gives XGBoost's own predictions (a test compares them).
 * Immutable and thread-safe.
 */
final class GradientTrees {

  // every tree's nodes in one array, four ints a node (feature, threshold or leaf value as float
  // bits, left child, right child; the feature's sign bit set when a missing value goes left),
  // so that walking 400 trees per block reads one array in order
  private static final int MISSING_LEFT = 1 << 31;
  private final int[] roots;
  private final int[] nodes;
  private final double baseMargin;
  private final int features;

  private GradientTrees(int[][] left, int[][] right, int[][] feature, float[][] value,
      boolean[][] defaultLeft, double baseMargin, int features) {
    int count = 0;
    for (int[] l : left) count += l.length;
    this.roots = new int[left.length];
    this.nodes = new int[4 * count];
    int at = 0;
    for (int t = 0; t < left.length; t++) {
      roots[t] = 4 * at;
      for (int i = 0; i < left[t].length; i++) {
        int n = 4 * (at + i);
        nodes[n] = feature[t][i] | (defaultLeft[t][i] ? MISSING_LEFT : 0);
        nodes[n + 1] = Float.floatToRawIntBits(value[t][i]);
        nodes[n + 2] = left[t][i] < 0 ? -1 : 4 * (at + left[t][i]);
        nodes[n + 3] = right[t][i] < 0 ? -1 : 4 * (at + right[t][i]);
      }
      at += left[t].length;
    }
    this.baseMargin = baseMargin;
    this.features = features;
  }

  /**
   * The model in XGBoost's JSON form.
   *
   * @throws IllegalArgumentException if it is not a binary-logistic tree model
   */
  static GradientTrees fromJson(byte[] json) {
    JsonNode root;
    try {
      root = JsonCodec.parse(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("not an XGBoost JSON model: " + e.getMessage(), e);
    }
    JsonNode learner = root.path("learner");
    String objective = learner.path("objective").path("name").asText("");
    if (!objective.equals("binary:logistic")) {
      throw new IllegalArgumentException("expected a binary:logistic model, got '" + objective + "'");
    }
    JsonNode param = learner.path("learner_model_param");
    double base = Double.parseDouble(param.path("base_score").asText("0.5"));
    int k = Integer.parseInt(param.path("num_feature").asText("0"));
    JsonNode trees = learner.path("gradient_booster").path("model").path("trees");
    int n = trees.size();
    int[][] left = new int[n][];
    int[][] right = new int[n][];
    int[][] feature = new int[n][];
    float[][] value = new float[n][];
    boolean[][] defaultLeft = new boolean[n][];
    for (int t = 0; t < n; t++) {
      JsonNode tree = trees.get(t);
      left[t] = ints(tree.path("left_children"));
      right[t] = ints(tree.path("right_children"));
      feature[t] = ints(tree.path("split_indices"));
      JsonNode cond = tree.path("split_conditions");
      value[t] = new float[cond.size()];
      for (int i = 0; i < cond.size(); i++) value[t][i] = (float) cond.get(i).asDouble();
      int[] dl = ints(tree.path("default_left"));
      defaultLeft[t] = new boolean[dl.length];
      for (int i = 0; i < dl.length; i++) defaultLeft[t][i] = dl[i] != 0;
    }
    return new GradientTrees(left, right, feature, value, defaultLeft,
        Math.log(base / (1 - base)), k);
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) out[i] = array.get(i).asInt();
    return out;
  }

  /** The number of features a row must hold. */
  int features() {
    return features;
  }

  /** Each row's probability. */
  float[] predict(float[][] rows) {
    float[] out = new float[rows.length];
    for (int r = 0; r < rows.length; r++) {
      float[] x = rows[r];
      if (x.length < features) {
        throw new IllegalArgumentException("row " + r + " has " + x.length + " features, the model"
            + " reads " + features);
      }
      double margin = baseMargin;
      int[] nd = nodes;
      for (int root : roots) {
        int node = root;
        while (nd[node + 2] >= 0) {
          int f = nd[node];
          float xv = x[f & ~MISSING_LEFT];
          if (Float.isNaN(xv)) node = f < 0 ? nd[node + 2] : nd[node + 3];
          else node = xv < Float.intBitsToFloat(nd[node + 1]) ? nd[node + 2] : nd[node + 3];
        }
        margin += Float.intBitsToFloat(nd[node + 1]);
      }
      out[r] = (float) (1 / (1 + Math.exp(-margin)));
    }
    return out;
  }
}
