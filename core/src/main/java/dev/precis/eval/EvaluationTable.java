package dev.precis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of a dataset run: for each method, for each metric, the mean of F, P and R over the
 * clusters with a 95% bootstrap interval of each. Built from per-cluster scores; values in
 * percent as the papers print them.
 */
public final class EvaluationTable {
  /** The metrics shown, when the ROUGE options computed them. */
  public static final List<String> SHOWN =
      List.of("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4");

  /** A metric's figures for one method, in percent. */
  public record Cell(BootstrapInterval.Interval f, BootstrapInterval.Interval p, BootstrapInterval.Interval r) {}

  /** One method's row: how many clusters it was scored on, and a cell per metric. */
  public record Row(String method, int clusters, Map<String, Cell> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
  }

  private final List<String> metrics;
  private final Map<String, List<RougeScores>> byMethod = new LinkedHashMap<>();

  /** A table over {@code metrics}, keeping those of {@link #SHOWN} that the options compute. */
  public EvaluationTable(List<String> computed) {
    List<String> m = new ArrayList<>();
    for (String s : SHOWN) if (computed.contains(s)) m.add(s);
    this.metrics = List.copyOf(m);
  }

  public List<String> metrics() {
    return metrics;
  }

  /** Registers a method so it keeps its place in the table even before its first score. */
  public void addMethod(String method) {
    byMethod.computeIfAbsent(method, k -> new ArrayList<>());
  }

  public void add(String method, RougeScores scores) {
    byMethod.computeIfAbsent(method, k -> new ArrayList<>()).add(scores);
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (var e : byMethod.entrySet()) {
      List<RougeScores> scores = e.getValue();
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (String metric : metrics) {
        double[] f = new double[scores.size()];
        double[] p = new double[scores.size()];
        double[] r = new double[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
          Prf prf = scores.get(i).get(metric);
          f[i] = 100 * prf.f();
          p[i] = 100 * prf.precision();
          r[i] = 100 * prf.recall();
        }
        cells.put(metric, new Cell(interval(f), interval(p), interval(r)));
      }
      rows.add(new Row(e.getKey(), scores.size(), cells));
    }
    return rows;
  }

  private static BootstrapInterval.Interval interval(double[] v) {
    return v.length == 0 ? new BootstrapInterval.Interval(0, 0, 0) : BootstrapInterval.of(v);
  }

  /** The table as aligned text: one row per method, F with its interval, then P and R. */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-16s %5s", "method", "n"));
    for (String m : metrics) b.append(String.format(Locale.ROOT, " | %-33s", m + " F [95% CI]   P     R"));
    b.append('\n');
    for (Row row : rows()) {
      b.append(String.format(Locale.ROOT, "%-16s %5d", row.method(), row.clusters()));
      for (String m : metrics) {
        Cell c = row.cells().get(m);
        b.append(String.format(Locale.ROOT, " | %5.2f [%5.2f, %5.2f] %5.2f %5.2f",
            c.f().mean(), c.f().low(), c.f().high(), c.p().mean(), c.r().mean()));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
