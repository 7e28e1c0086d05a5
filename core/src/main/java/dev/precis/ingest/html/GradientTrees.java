package dev.precis.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A binary-logistic XGBoost model evaluated in plain Java, read from XGBoost's JSON form. A page
 * has a few hundred blocks: handing them to the native library costs more than walking the trees
 * (a matrix copied across JNI per call, and worker threads that spin on a busy machine), so the
 * extractor walks them itself. Gives XGBoost's own predictions (a test compares them).
 * Immutable and thread-safe.
 */
final class GradientTrees {
  private static final ObjectMapper JSON = new ObjectMapper();

  // every tree's nodes in one run of arrays (a tree's children numbered from its root), so that
  // walking 400 trees per block reads a few flat arrays instead of one set per tree
  private final int[] roots;
  private final int[] left;
  private final int[] right;
  private final int[] feature;
  private final float[] value;
  private final boolean[] defaultLeft;
  private final double baseMargin;
  private final int features;

  private GradientTrees(int[][] left, int[][] right, int[][] feature, float[][] value,
      boolean[][] defaultLeft, double baseMargin, int features) {
    int nodes = 0;
    for (int[] l : left) nodes += l.length;
    this.roots = new int[left.length];
    this.left = new int[nodes];
    this.right = new int[nodes];
    this.feature = new int[nodes];
    this.value = new float[nodes];
    this.defaultLeft = new boolean[nodes];
    int at = 0;
    for (int t = 0; t < left.length; t++) {
      roots[t] = at;
      for (int i = 0; i < left[t].length; i++) {
        int node = at + i;
        this.left[node] = left[t][i] < 0 ? -1 : at + left[t][i];
        this.right[node] = right[t][i] < 0 ? -1 : at + right[t][i];
        this.feature[node] = feature[t][i];
        this.value[node] = value[t][i];
        this.defaultLeft[node] = defaultLeft[t][i];
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
      root = JSON.readTree(json);
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
      for (int root : roots) {
        int node = root;
        while (left[node] >= 0) {
          float xv = x[feature[node]];
          if (Float.isNaN(xv)) node = defaultLeft[node] ? left[node] : right[node];
          else node = xv < value[node] ? left[node] : right[node];
        }
        margin += value[node];
      }
      out[r] = (float) (1 / (1 + Math.exp(-margin)));
    }
    return out;
  }
}
