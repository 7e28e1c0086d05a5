package dev.precis.eval;

import dev.precis.rouge.RougeScores;
import java.util.List;
import java.util.Optional;

/**
 * One method's summary of one cluster and its ROUGE scores: a line of the per-cluster output.
 *
 * @param cluster  the cluster's id
 * @param method   the method (or outside system) that wrote the summary
 * @param summary  the summary's sentences
 * @param scores   its ROUGE scores against the cluster's references; empty when the cluster has
 *                 no reference to score against
 * @param warnings what went wrong but still gave a defined result
 */
public record ClusterScore(
    String cluster, String method, List<String> summary, Optional<RougeScores> scores,
    List<String> warnings) {
  public ClusterScore {
    summary = List.copyOf(summary);
    warnings = List.copyOf(warnings);
  }
}
