package dev.precis.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one system summary against its references, by metric name as ROUGE-1.5.5
 * prints it ("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-S4", "ROUGE-SU4",
 * "ROUGE-SU*", ...), in the script's order.
 *
 * @param byMetric the scores; copied, unmodifiable, iteration in the given order
 */
public record RougeScores(Map<String, Prf> byMetric) {
  public RougeScores {
    if (byMetric == null) {
      throw new IllegalArgumentException("scores are null: pass a map of metric to scores");
    }
    for (Map.Entry<String, Prf> e : byMetric.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("null metric name or score in " + byMetric);
      }
    }
    byMetric = Collections.unmodifiableMap(new LinkedHashMap<>(byMetric));
  }

  /**
   * The scores of one metric.
   *
   * @throws IllegalArgumentException when this run did not compute that metric; the message
   *     lists the metrics it did compute
   */
  public Prf get(String metric) {
    Prf prf = byMetric.get(metric);
    if (prf == null) {
      throw new IllegalArgumentException(
          "no ROUGE metric '" + metric + "' in these scores: computed are " + byMetric.keySet());
    }
    return prf;
  }
}
