package dev.precis.eval;

import dev.precis.rouge.RougeScores;
import dev.precis.rouge.Prf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of a dataset run: for each method, for each metric, the mean of F, P and R over the
 * clusters with a 95% bootstrap interval of each; and, {@link #against against} one method, each
 * other method's difference in F paired by cluster ({@link PairedDifference}). Built from
 * per-cluster scores; values in percent as the papers print them.
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

  /**
   * One method's F differences from the method compared against, on the clusters both were scored
   * on, per metric, in points.
   */
  public record Comparison(String method, int clusters, Map<String, PairedDifference> differences) {
    public Comparison {
      differences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(differences));
    }
  }

  private final List<String> metrics;
  /** Per method, its scores by cluster id, in the order they came. */
  private final Map<String, Map<String, RougeScores>> byMethod = new LinkedHashMap<>();

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
    byMethod.computeIfAbsent(method, k -> new LinkedHashMap<>());
  }

  /**
   * Records {@code method}'s scores on {@code cluster}. A dataset that repeats a cluster id keeps
   * every copy: the second is filed as "id (2)" and so on, for every method alike, so copies
   * still pair up in input order.
   */
  public void add(String method, String cluster, RougeScores scores) {
    Map<String, RougeScores> scored = byMethod.computeIfAbsent(method, k -> new LinkedHashMap<>());
    String key = cluster;
    for (int copy = 2; scored.containsKey(key); copy++) key = cluster + " (" + copy + ")";
    scored.put(key, scores);
  }

  /** The methods in the table, in the order they were added. */
  public List<String> methods() {
    return List.copyOf(byMethod.keySet());
  }

  /**
   * Every other method against {@code method}: {@code method}'s F minus theirs, paired by cluster,
   * over the clusters both have scores for.
   *
   * @throws IllegalArgumentException if {@code method} is not in the table (the message lists
   *     those that are)
   */
  public List<Comparison> against(String method) {
    Map<String, RougeScores> mine = byMethod.get(method);
    if (mine == null) {
      throw new IllegalArgumentException("'" + method + "' is not in the table; it has "
          + String.join(", ", byMethod.keySet()));
    }
    List<Comparison> out = new ArrayList<>();
    for (var e : byMethod.entrySet()) {
      if (e.getKey().equals(method)) continue;
      List<String> shared = new ArrayList<>();
      for (String cluster : mine.keySet()) if (e.getValue().containsKey(cluster)) shared.add(cluster);
      Map<String, PairedDifference> differences = new LinkedHashMap<>();
      if (!shared.isEmpty()) {
        for (String metric : metrics) {
          double[] a = new double[shared.size()];
          double[] b = new double[shared.size()];
          for (int i = 0; i < a.length; i++) {
            a[i] = 100 * mine.get(shared.get(i)).get(metric).f();
            b[i] = 100 * e.getValue().get(shared.get(i)).get(metric).f();
          }
          differences.put(metric, PairedDifference.of(a, b));
        }
      }
      out.add(new Comparison(e.getKey(), shared.size(), differences));
    }
    return out;
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (var e : byMethod.entrySet()) {
      List<RougeScores> scores = new ArrayList<>(e.getValue().values());
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

  /**
   * {@link #against} as aligned text: a heading naming {@code method}, then one row per other
   * method with, per metric, the mean F difference, its 95% interval and the share of resamples in
   * which {@code method} is not ahead.
   */
  public String formatAgainst(String method) {
    List<Comparison> comparisons = against(method);
    StringBuilder b = new StringBuilder();
    b.append(method).append(" against each method, paired by cluster: F difference in points [95% CI],")
        .append(" then the share of resamples where ").append(method).append(" is not ahead\n");
    b.append(String.format(Locale.ROOT, "%-16s %5s", "method", "n"));
    for (String m : metrics) b.append(String.format(Locale.ROOT, " | %-29s", m + " dF [95% CI]     share"));
    b.append('\n');
    for (Comparison c : comparisons) {
      b.append(String.format(Locale.ROOT, "%-16s %5d", c.method(), c.clusters()));
      for (String m : metrics) {
        PairedDifference d = c.differences().get(m);
        if (d == null) {
          b.append(String.format(Locale.ROOT, " | %-29s", "no shared clusters"));
        } else {
          b.append(String.format(Locale.ROOT, " | %+6.2f [%+6.2f, %+6.2f] %5.3f",
              d.mean(), d.low(), d.high(), d.notAhead()));
        }
      }
      b.append('\n');
    }
    return b.toString();
  }
}
