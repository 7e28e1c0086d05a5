package dev.precis.ingest.html;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The learned part of the main-content finder: gradient-boosted trees (XGBoost, logistic) that
 * give each text block of a page the chance that it belongs to the article, in two looks. The
 * first reads the block's {@link BlockFeatures}; the second reads them again with the first
 * look's chances of the blocks around it and of its containers ({@link BlockContext}), trained on
 * first chances the first model gave pages of other sites (out-of-fold), as it will see them on a
 * new page.
 *
 * <p>The shipped model ({@code block-model.ubj} beside this class) was trained on the dev pages
 * of both extraction benchmarks in {@code ../shared/data} by {@code precis eval-extraction
 * --save-model}. Immutable and thread-safe.
 */
public final class BlockModel {
  private static final String RESOURCE = "block-model.ubj";
  private static final int MAGIC = 0x50424d32; // "PBM2"

  /** The learner's settings. */
  public record Params(int rounds, int depth, double eta, int innerFolds, long seed) {
    public static final Params DEFAULT = new Params(200, 6, 0.1, 3, 7);
  }

  /** One labelled page to train on: its blocks, a 0/1 label and a weight per block, its site. */
  public record Example(PageBlocks page, float[] labels, float[] weights, String site) {
    public Example {
      if (labels.length != page.texts().size() || weights.length != page.texts().size()) {
        throw new IllegalArgumentException(page.texts().size() + " blocks but " + labels.length
            + " labels and " + weights.length + " weights");
      }
    }
  }

  private final GradientTrees first;
  private final GradientTrees second;
  private final byte[] bytes;

  private BlockModel(Booster first, Booster second, byte[] bytes) {
    this.first = trees(first);
    this.second = trees(second);
    this.bytes = bytes;
  }

  /** The names of the block features the first look reads, in order. */
  public static List<String> featureNames() {
    return BlockFeatures.NAMES;
  }

  /** The model shipped with Precis, read once on first use. */
  public static BlockModel shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final BlockModel INSTANCE = load();

    private static BlockModel load() {
      try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the shipped block model " + RESOURCE
              + " is missing from the classpath; rebuild core");
        }
        return fromBytes(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The model saved in {@code bytes} by {@link #bytes()}.
   *
   * @throws IllegalArgumentException if the bytes are not a saved block model
   */
  public static BlockModel fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      if (bytes.length < 4 || in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a block model (no PBM2 header)");
      }
      byte[] a = new byte[in.readInt()];
      in.readFully(a);
      byte[] b = new byte[in.readInt()];
      in.readFully(b);
      return new BlockModel(XGBoost.loadModel(a), XGBoost.loadModel(b), bytes.clone());
    } catch (XGBoostError | IOException e) {
      throw new IllegalArgumentException("not a block model: " + e.getMessage(), e);
    }
  }

  /** The model's saved form, for {@link #fromBytes}. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Each block's chance of being article text. */
  public float[] predict(PageBlocks page) {
    float[] chance = first.predict(page.features());
    return second.predict(BlockContext.of(page, chance));
  }

  /**
   * Trains both looks on {@code pages}. The second look learns from first chances given by
   * models trained without the page's site ({@code innerFolds} folds of sites).
   * Deterministic: fixed seeds, one thread.
   *
   * @throws IllegalArgumentException if there is no block to train on
   */
  public static BlockModel train(List<Example> pages, Params params) {
    Booster first = boost(pages, null, params);
    List<String> sites = new ArrayList<>(new TreeSet<>(pages.stream().map(Example::site).toList()));
    Collections.shuffle(sites, new Random(params.seed()));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < sites.size(); i++) fold.put(sites.get(i), i % params.innerFolds());
    List<float[][]> contexts = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) contexts.add(null);
    int folds = Math.min(params.innerFolds(), sites.size());
    for (int f = 0; f < folds; f++) {
      List<Example> rest = new ArrayList<>();
      for (Example e : pages) if (fold.get(e.site()) != f) rest.add(e);
      GradientTrees inner = trees(rest.isEmpty() ? first : boost(rest, null, params));
      for (int i = 0; i < pages.size(); i++) {
        Example e = pages.get(i);
        if (fold.get(e.site()) != f) continue;
        float[] chance = inner.predict(e.page().features());
        contexts.set(i, BlockContext.of(e.page(), chance));
      }
    }
    Booster second = boost(pages, contexts, params);
    try {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buf);
      byte[] a = first.toByteArray("ubj");
      byte[] b = second.toByteArray("ubj");
      out.writeInt(MAGIC);
      out.writeInt(a.length);
      out.write(a);
      out.writeInt(b.length);
      out.write(b);
      out.flush();
      return new BlockModel(first, second, buf.toByteArray());
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException("cannot save the trained block model: " + e.getMessage(), e);
    }
  }

  /** Trees on the pages' first-look features, or on the given rows (one array per page). */
  private static Booster boost(List<Example> pages, List<float[][]> rows, Params params) {
    int k = rows == null ? BlockFeatures.K : BlockContext.K;
    int n = 0;
    for (Example e : pages) n += e.labels().length;
    if (n == 0) throw new IllegalArgumentException("no blocks to train on");
    float[] x = new float[n * k];
    float[] y = new float[n];
    float[] w = new float[n];
    int at = 0;
    for (int p = 0; p < pages.size(); p++) {
      Example e = pages.get(p);
      float[][] r = rows == null ? e.page().features() : rows.get(p);
      for (int i = 0; i < e.labels().length; i++, at++) {
        System.arraycopy(r[i], 0, x, at * k, k);
        y[at] = e.labels()[i];
        w[at] = e.weights()[i];
      }
    }
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("max_depth", params.depth());
    p.put("eta", params.eta());
    p.put("subsample", 0.8);
    p.put("colsample_bytree", 0.8);
    p.put("min_child_weight", 2);
    p.put("seed", params.seed());
    p.put("nthread", 1);
    p.put("verbosity", 0);
    try {
      DMatrix m = new DMatrix(x, n, k, Float.NaN);
      try {
        m.setLabel(y);
        m.setWeight(w);
        return XGBoost.train(m, p, params.rounds(), new HashMap<>(), null, null);
      } finally {
        m.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("training the block model failed: " + e.getMessage(), e);
    }
  }

  private static GradientTrees trees(Booster b) {
    try {
      return GradientTrees.fromJson(b.toByteArray("json"));
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot read the trained trees: " + e.getMessage(), e);
    }
  }
}
