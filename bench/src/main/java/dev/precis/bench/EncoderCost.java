package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.represent.embed.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sentence encoders side by side in one process: each one's process CPU per sentence on the
 * same {@value EmbeddingBench#SENTENCES} dev-sample sentences (one sentence a call, nothing
 * remembered, the encoders taking turns round after round so load drifts alike for each), and,
 * on the first N clusters of a training file (not the dev sample), the cosine above which each
 * encoder puts the same share of best cross-article matches as MiniLM puts above 0.65: the
 * support threshold of {@code SentenceFeatures}.
 *
 * <p>{@code bench/run EncoderCost [ROUNDS] [TRAIN.jsonl.gz N]}; run with
 * {@code BENCH_JAVA_OPTS=-XX:ActiveProcessorCount=1} for one thread.
 */
public final class EncoderCost {
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path shared = Path.of(System.getProperty("precis.shared", "../shared"));
    List<String> sentences = EmbeddingBench.readSentences(
        shared.resolve("data/multinews_test_sample/dev.jsonl.gz"));
    SentenceEncoder.Model[] models = SentenceEncoder.Model.values();
    SentenceEncoder[] encoders = new SentenceEncoder[models.length];
    for (int m = 0; m < models.length; m++) encoders[m] = SentenceEncoder.load(models[m], 0);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "processors %d, intra-op threads = processors%n",
        Runtime.getRuntime().availableProcessors());
    for (int m = 0; m < models.length; m++) encoders[m].encode(sentences.subList(0, 32)); // warm-up
    double[][] cpu = new double[models.length][rounds];
    double[][] wall = new double[models.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < models.length; k++) {
        int m = (k + r) % models.length;
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        for (String s : sentences) encoders[m].encode(List.of(s));
        cpu[m][r] = (os.getProcessCpuTime() - c0) / 1e6 / sentences.size();
        wall[m][r] = (System.nanoTime() - w0) / 1e6 / sentences.size();
      }
    }
    for (int m = 0; m < models.length; m++) {
      double[] c = cpu[m].clone();
      Arrays.sort(c);
      System.out.printf(Locale.ROOT, "%-10s CPU ms/sentence: median %.2f, rounds %s; wall median %.2f%n",
          models[m].id(), c[c.length / 2], round(cpu[m]), median(wall[m]));
    }
    if (args.length >= 3) calibrate(Path.of(args[1]), Integer.parseInt(args[2]), models, encoders);
  }

  private static void calibrate(Path data, int n, SentenceEncoder.Model[] models, SentenceEncoder[] encoders) {
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> {})) {
      while (r.hasNext() && clusters.size() < n) clusters.add(r.next());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Precis precis = new Precis();
    List<List<Double>> best = new ArrayList<>();
    for (int m = 0; m < models.length; m++) best.add(new ArrayList<>());
    for (Cluster c : clusters) {
      ClusterText t = precis.prepare(c);
      if (t.articleCount() < 2) continue;
      List<String> texts = t.sentences().stream().map(Sentence::text).toList();
      for (int m = 0; m < models.length; m++) {
        float[][] e = encoders[m].encode(texts);
        for (Sentence s : t.sentences()) {
          double[] in = new double[t.articleCount()];
          Arrays.fill(in, -2);
          for (Sentence o : t.sentences()) {
            if (o.article() == s.article()) continue;
            double d = 0;
            for (int k = 0; k < e[0].length; k++) d += e[s.index()][k] * e[o.index()][k];
            in[o.article()] = Math.max(in[o.article()], d);
          }
          for (int a = 0; a < in.length; a++) if (a != s.article() && in[a] > -2) best.get(m).add(in[a]);
        }
      }
    }
    double[] mini = best.get(0).stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double share = Arrays.stream(mini).filter(v -> v >= 0.65).count() / (double) mini.length;
    System.out.printf(Locale.ROOT, "%d clusters, %d best matches; MiniLM: %.3f of them >= 0.65%n",
        clusters.size(), mini.length, share);
    for (int m = 1; m < models.length; m++) {
      double[] v = best.get(m).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double at = v[(int) Math.min(v.length - 1, Math.round((1 - share) * v.length))];
      System.out.printf(Locale.ROOT, "%-10s the same share at cosine >= %.3f (median best match %.3f)%n",
          models[m].id(), at, v[v.length / 2]);
    }
  }

  private static double median(double[] x) {
    double[] c = x.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  private static String round(double[] x) {
    StringBuilder b = new StringBuilder();
    for (double v : x) b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", v));
    return b.toString();
  }
}
