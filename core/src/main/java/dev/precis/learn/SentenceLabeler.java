package dev.precis.learn;

import dev.precis.eval.RougeOptions;
import dev.precis.eval.RougeScorer;
import dev.precis.eval.RougeScores;
import dev.precis.represent.ClusterText;
import java.util.List;

/**
 * The training target of a sentence: how much of the reference summary it carries per word, as
 * the mean of its ROUGE-1 and ROUGE-2 precision against the references (Porter-stemmed, as the
 * benchmarks score). Under a word budget this is what a sentence is worth: a summary's ROUGE
 * grows with the reference n-grams its words carry.
 */
public final class SentenceLabeler {
  /**
   * What a label measures: per-word value (precision, the default: it cross-validated best),
   * coverage (recall), their F, or membership of the greedy ROUGE oracle's summary.
   */
  public enum Target { PRECISION, RECALL, F, ORACLE }

  private final RougeScorer rouge = new RougeScorer(RougeOptions.parse("-n 2 -m -f A"));
  private final Target target;

  public SentenceLabeler() {
    this(Target.PRECISION);
  }

  public SentenceLabeler(Target target) {
    this.target = target;
  }

  /** One label per sentence of {@code cluster}, against {@code references} (each as sentences). */
  public float[] labels(ClusterText cluster, List<List<String>> references) {
    float[] y = new float[cluster.size()];
    if (references.isEmpty()) return y;
    boolean[] inOracle = new boolean[y.length];
    if (target == Target.ORACLE) {
      for (var c : new dev.precis.summarize.OracleSummarizer().rank(cluster, dev.precis.summarize.Budget.words(300))) {
        if (c.score() > 1) inOracle[c.sentence()] = true;
      }
    }
    for (int i = 0; i < y.length; i++) {
      RougeScores s = rouge.score(List.of(cluster.sentence(i).text()), references);
      var r1 = s.get("ROUGE-1");
      var r2 = s.get("ROUGE-2");
      y[i] = (float) switch (target) {
        case PRECISION -> (r1.precision() + r2.precision()) / 2;
        case RECALL -> (r1.recall() + r2.recall()) / 2;
        case F -> (r1.f() + r2.f()) / 2;
        case ORACLE -> (inOracle[i] ? 1 : 0) + (r1.precision() + r2.precision()) / 4;
      };
    }
    return y;
  }
}
