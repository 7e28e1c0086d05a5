package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.represent.ClusterTextBuilder;
import dev.precis.represent.Sentence;
import dev.precis.represent.SparseVector;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.summarize.Candidate;
import dev.precis.summarize.Selector;
import dev.precis.summarize.Summarizer;
import dev.precis.text.TermAnalyzer;
import dev.precis.text.TermDictionary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The kernels of the summarize path, each over the 181 Multi-News dev clusters (read from
 * {@code ../shared/data}, or {@code -Dprecis.shared=DIR}), microseconds per cluster:
 * <ul>
 *   <li>{@code tokenize}: every sentence through the analysis chain into interned term ids;
 *   <li>{@code tfidf}: a cluster's text stages, represent included (clean, split, flag, terms,
 *       TF-IDF, near-duplicates): the shared preparation every method pays;
 *   <li>{@code similarity}: the cosine of every pair of a cluster's sentences (what the graph
 *       methods and MMR compute) by sparse dot products;
 *   <li>{@code centrality}: the centroid method's ranking (every sentence against the centroid);
 *   <li>{@code selection}: the shared selector filling 60 words from that ranking;
 *   <li>{@code rouge}: ROUGE-1/2/L of the reference against itself, per cluster.
 * </ul>
 *
 * <p>Run briefly: {@code bench/run jmh KernelBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class KernelBench {
  private List<Cluster> clusters;
  private List<ClusterText> texts;
  private List<List<Candidate>> rankings;
  private final ClusterTextBuilder builder = new ClusterTextBuilder();
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final Summarizer centroid = Summarizer.named("centroid");
  private final RougeScorer rouge = new RougeScorer(RougeOptions.parse("-n 2 -m"));
  private final SummaryRequest request = SummaryRequest.defaults().withMethod("centroid");
  private int next;

  @Setup(Level.Trial)
  public void load() {
    Path shared = Path.of(System.getProperty("precis.shared", "../shared"));
    clusters = EndToEndBench.read(shared.resolve("data/multinews_test_sample/dev.jsonl.gz"));
    Precis precis = new Precis();
    texts = new ArrayList<>();
    rankings = new ArrayList<>();
    for (Cluster c : clusters) {
      ClusterText t = precis.prepare(c);
      texts.add(t);
      rankings.add(centroid.rank(t, new Selector(t, request.selection())));
    }
  }

  /** The clusters in turn, one per call. */
  private int nextCluster() {
    int i = next;
    next = (next + 1) % clusters.size();
    return i;
  }

  @Benchmark
  public void tokenize(Blackhole bh) {
    TermDictionary dictionary = new TermDictionary();
    for (Sentence s : texts.get(nextCluster()).sentences()) bh.consume(analyzer.termIds(s.text(), dictionary));
  }

  @Benchmark
  public ClusterText tfidf() {
    return builder.build(clusters.get(nextCluster()));
  }

  @Benchmark
  public double similarity() {
    ClusterText t = texts.get(nextCluster());
    double sum = 0;
    for (int i = 0; i < t.size(); i++) {
      SparseVector a = t.vector(i);
      for (int j = i + 1; j < t.size(); j++) sum += a.cosine(t.vector(j));
    }
    return sum;
  }

  @Benchmark
  public List<Candidate> centrality() {
    ClusterText t = texts.get(nextCluster());
    return centroid.rank(t, new Selector(t, request.selection()));
  }

  @Benchmark
  public List<Integer> selection() {
    int i = nextCluster();
    ClusterText t = texts.get(i);
    return new Selector(t, request.selection()).select(rankings.get(i));
  }

  @Benchmark
  public Object rouge() {
    Cluster c = clusters.get(nextCluster());
    return rouge.score(c.references(), List.of(c.references()));
  }
}
