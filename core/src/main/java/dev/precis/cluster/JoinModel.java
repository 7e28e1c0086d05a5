package dev.precis.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The join decision of {@link EventGrouper}: logistic regression on {@link JoinFeatures}, each standardized, giving the
 * chance that an article tells the same news as an open event; it joins the event whose chance
 * passes its threshold by most. Fitted by {@link #fit} (Newton's method with an L2 penalty),
 * written and read as text, one line a feature: {@code name mean scale weight}. A model may hand
 * the pairs with no day (the article's or the event's) to a second model fitted on undated
 * streams ({@link #withUndated}): the shipped one is fitted on a dated stream (AllSides) and its
 * undated part on Multi-News+ train, whose days, titles and case are missing.
 */
public final class JoinModel {
  static final String RESOURCE = "/dev/precis/cluster/join-model.txt";
  static final String RESOURCE_NO_EMBEDDINGS = "/dev/precis/cluster/join-model-no-embeddings.txt";
  static final String RESOURCE_UNDATED = "/dev/precis/cluster/join-model-undated.txt";
  static final String RESOURCE_UNDATED_NO_EMBEDDINGS =
      "/dev/precis/cluster/join-model-undated-no-embeddings.txt";
  static final int SHUFFLE_BLOCK = 12;
  /** The names of the features the model weighs, in order. */
  public static final List<String> FEATURES = List.of(JoinFeatures.NAMES);
  private final double[] mean;
  private final double[] scale;
  private final double[] weight;
  private final double bias;
  final double threshold;
  /** The model for pairs with no day, or null when this one weighs every pair. */
  private final JoinModel undated;

  JoinModel(double[] mean, double[] scale, double[] weight, double bias, double threshold) {
    this(mean, scale, weight, bias, threshold, null);
  }

  private JoinModel(double[] mean, double[] scale, double[] weight, double bias, double threshold,
      JoinModel undated) {
    this.mean = mean;
    this.scale = scale;
    this.weight = weight;
    this.bias = bias;
    this.threshold = threshold;
    this.undated = undated;
  }

  /** This model for dated pairs, and {@code forUndated} for pairs where either side has no day. */
  public JoinModel withUndated(JoinModel forUndated) {
    return new JoinModel(mean, scale, weight, bias, threshold, forUndated.undated == null
        ? forUndated : forUndated.undated);
  }

  /** The shipped model for grouping with or without embeddings. */
  public static JoinModel shipped(boolean embeddings) {
    return embeddings ? Shipped.WITH : Shipped.WITHOUT;
  }

  private static final class Shipped {
    static final JoinModel WITH = read(RESOURCE).withUndated(read(RESOURCE_UNDATED));
    static final JoinModel WITHOUT =
        read(RESOURCE_NO_EMBEDDINGS).withUndated(read(RESOURCE_UNDATED_NO_EMBEDDINGS));
  }

  /** The join threshold of dated pairs: an article joins an event at this chance or more. */
  public double threshold() {
    return threshold;
  }

  /** The model that weighs undated pairs, if it is another. */
  public java.util.Optional<JoinModel> undated() {
    return java.util.Optional.ofNullable(undated);
  }

  /** The threshold the pair {@code f} must reach. */
  double threshold(double[] f) {
    return undated != null && f[JoinFeatures.UNDATED] == 1 ? undated.threshold : threshold;
  }

  double probability(double[] f) {
    if (undated != null && f[JoinFeatures.UNDATED] == 1) return undated.probability(f);
    return 1 / (1 + Math.exp(-logit(f)));
  }

  private double logit(double[] f) {
    double z = bias;
    for (int i = 0; i < weight.length; i++) z += weight[i] * (f[i] - mean[i]) / scale[i];
    return z;
  }

  /**
   * Whether a pair whose {@link JoinFeatures#cheap} features are {@code cheap} could reach its
   * threshold for some value of its embedding cosines: the mean cosine in [-1, 1], the closest
   * member's in [0, 1] (it starts at 0), and the two the same, up to rounding, when the event has
   * {@code oneMember}. False means that no embedding can make the article join, so it need not be
   * computed.
   */
  boolean canJoin(double[] cheap, boolean oneMember) {
    if (undated != null && cheap[JoinFeatures.UNDATED] == 1) return undated.canJoin(cheap, oneMember);
    int c = JoinFeatures.EMBED_CENTROID;
    int m = JoinFeatures.EMBED_MAX;
    double[] f = cheap.clone();
    f[c] = 0;
    f[m] = 0;
    double perC = weight[c] / scale[c];
    double perM = weight[m] / scale[m];
    // The most the two columns can add to the logit, over the cosines they can take.
    double most = oneMember ? Math.max(0, Math.max(perC + perM, -perC))
        : Math.abs(perC) + Math.max(perM, 0);
    double z = logit(f) + most + 1e-6;
    return 1 / (1 + Math.exp(-z)) >= threshold;
  }

  /**
   * Fits the model to labelled feature rows by Newton's method (iteratively reweighted least
   * squares) with an L2 penalty {@code lambda} on the standardized weights. Deterministic.
   */
  static JoinModel fit(List<double[]> rows, List<Boolean> labels, double lambda, double threshold) {
    int d = JoinFeatures.NAMES.length;
    int n = rows.size();
    if (n == 0) throw new IllegalArgumentException("no training rows");
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] r : rows) for (int j = 0; j < d; j++) mean[j] += r[j] / n;
    for (double[] r : rows) for (int j = 0; j < d; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
    for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    double[][] x = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) x[i][j] = (rows.get(i)[j] - mean[j]) / scale[j];
      x[i][d] = 1;
    }
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int j = 0; j <= d; j++) z += w[j] * x[i][j];
        double p = 1 / (1 + Math.exp(-z));
        double y = labels.get(i) ? 1 : 0;
        double s = Math.max(p * (1 - p), 1e-9);
        for (int j = 0; j <= d; j++) {
          g[j] += (p - y) * x[i][j];
          for (int k = 0; k <= d; k++) h[j][k] += s * x[i][j] * x[i][k];
        }
      }
      for (int j = 0; j < d; j++) {
        g[j] += lambda * w[j];
        h[j][j] += lambda;
      }
      h[d][d] += 1e-9;
      double[] step = solve(h, g);
      double change = 0;
      for (int j = 0; j <= d; j++) {
        w[j] -= step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-8) break;
    }
    return new JoinModel(mean, scale, java.util.Arrays.copyOf(w, d), w[d], threshold);
  }

  /** This model, joining at chance {@code t} or more. */
  public JoinModel withThreshold(double t) {
    return new JoinModel(mean, scale, weight, bias, t, undated);
  }

  /**
   * A model fitted on a stream with gold events: the stream is grouped as its gold says (each
   * article joins the open event of its gold event), and every open event the grouper would score
   * for an article is a row, labelled by whether it is the article's gold event. With {@code
   * alsoUndated}, the stream is replayed without dates too, so the model learns to decide without
   * days, once in order and once shuffled within blocks of {@value #SHUFFLE_BLOCK} articles (seeded),
   * so it does not learn that a story's articles always arrive together. Deterministic.
   *
   * @param gold the gold event of each article of {@code stream}, by article id
   */
  public static JoinModel fit(List<dev.precis.model.Article> stream, java.util.Map<String, String> gold,
      EventOptions options, boolean alsoUndated, LeadEmbeddings embeddings) {
    return fit(stream, gold, options, alsoUndated, embeddings, java.util.Set.of());
  }

  /**
   * As {@link #fit(List, java.util.Map, EventOptions, boolean, LeadEmbeddings)}, without the
   * features named in {@code drop}: their column is held at 0, so their weight is 0.
   */
  public static JoinModel fit(List<dev.precis.model.Article> stream, java.util.Map<String, String> gold,
      EventOptions options, boolean alsoUndated, LeadEmbeddings embeddings,
      java.util.Set<String> drop) {
    for (String name : drop) {
      if (!FEATURES.contains(name)) {
        throw new IllegalArgumentException("drop: unknown feature '" + name + "'; the features are "
            + String.join(", ", FEATURES));
      }
    }
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<List<dev.precis.model.Article>> replays = new ArrayList<>();
    replays.add(stream);
    if (alsoUndated) {
      List<dev.precis.model.Article> undated = new ArrayList<>();
      for (dev.precis.model.Article a : stream) {
        undated.add(new dev.precis.model.Article(a.id(), a.title(), a.text(), a.url(), "", a.lang(), a.outlet()));
      }
      replays.add(undated);
      List<dev.precis.model.Article> shuffled = new ArrayList<>(undated);
      java.util.Random random = new java.util.Random(14);
      for (int from = 0; from < shuffled.size(); from += SHUFFLE_BLOCK) {
        java.util.Collections.shuffle(
            shuffled.subList(from, Math.min(shuffled.size(), from + SHUFFLE_BLOCK)), random);
      }
      replays.add(shuffled);
    }
    for (List<dev.precis.model.Article> replay : replays) {
      EventGrouper teacher = new EventGrouper(options, p -> {}, null, a -> {
        String g = gold.get(a.id());
        if (g == null) throw new IllegalArgumentException("article " + a.id() + " has no gold event");
        return g;
      }, (row, label) -> {
        for (String name : drop) row[FEATURES.indexOf(name)] = 0;
        rows.add(row);
        labels.add(label);
      }, embeddings);
      for (int from = 0; from < replay.size(); from += 32) {
        teacher.addAll(replay.subList(from, Math.min(replay.size(), from + 32)));
      }
    }
    return fit(rows, labels, 1.0, 0.5);
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k];
      x[r] = s / m[r][r];
    }
    return x;
  }

  /** The model as text, as {@link #read} reads it. */
  public String write(String comment) {
    StringBuilder b = new StringBuilder();
    for (String line : comment.split("\n")) b.append("# ").append(line).append('\n');
    for (int j = 0; j < weight.length; j++) {
      b.append(String.format(Locale.ROOT, "%s %.9g %.9g %.9g%n", JoinFeatures.NAMES[j], mean[j],
          scale[j], weight[j]));
    }
    b.append(String.format(Locale.ROOT, "bias %.9g%nthreshold %.6f%n", bias, threshold));
    return b.toString();
  }

  static JoinModel read(String resource) {
    try (InputStream in = JoinModel.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("classpath resource " + resource + " is missing");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** A model from the text {@link #write} gives; {@code place} names it in errors. */
  public static JoinModel parse(String text, String place) {
    int d = JoinFeatures.NAMES.length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    double[] weight = new double[d];
    double bias = 0;
    double threshold = 0.5;
    List<String> seen = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.trim().split("\\s+");
        if (f[0].equals("bias")) {
          bias = Double.parseDouble(f[1]);
        } else if (f[0].equals("threshold")) {
          threshold = Double.parseDouble(f[1]);
        } else {
          int j = List.of(JoinFeatures.NAMES).indexOf(f[0]);
          if (j < 0 || f.length != 4) {
            throw new IllegalStateException(place + ": unknown or malformed line '" + line + "'");
          }
          mean[j] = Double.parseDouble(f[1]);
          scale[j] = Double.parseDouble(f[2]);
          weight[j] = Double.parseDouble(f[3]);
          seen.add(f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (seen.size() != d) {
      throw new IllegalStateException(place + ": has features " + seen + ", expected "
          + List.of(JoinFeatures.NAMES));
    }
    return new JoinModel(mean, scale, weight, bias, threshold);
  }
}
