package dev.precis.cli;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cluster's articles tell one story. Articles are TF-IDF vectors (log term frequencies
 * of words of three letters or more, smoothed IDF over the cluster's articles), grouped by
 * average-linkage agglomerative clustering until two groups are left: when both groups hold two
 * articles or more and their mean cosine across the groups is under {@link #THRESHOLD}, the
 * cluster looks like two stories or more. A mean over all pairs would not do: in a folder of two
 * stories, the pairs within each story keep the mean high. The threshold was measured on the 181
 * Multi-News dev clusters against folders mixing each with the next (see the README).
 */
final class StoryCohesion {
  /** Under this mean cosine between the two groups, a cluster is warned about. */
  static final double THRESHOLD = 0.04;
  /** Folders larger than this are not checked (the grouping is cubic in the articles). */
  static final int MAX_ARTICLES = 300;
  /** Lucene's English stop words and the words every news story uses. */
  private static final java.util.Set<String> STOP = stopWords();
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’]{2,}");

  /** The warning for {@code c}, when its articles look like more than one story. */
  Optional<String> warning(Cluster c) {
    int n = c.articles().size();
    if (n < 4 || n > MAX_ARTICLES) return Optional.empty();
    double between = between(c.articles());
    if (between >= THRESHOLD) return Optional.empty();
    return Optional.of(String.format(Locale.ROOT, "cluster %s: its %d articles do not look like one"
        + " story (two groups of them share little: similarity %.3f, under %.2f), so the summary may"
        + " mix events; 'precis events' splits articles into events", c.id(), n, between, THRESHOLD));
  }

  /**
   * The mean cosine across the last two groups of an average-linkage grouping of the articles, or
   * 1 when one of them is a single article (an outlier, not a second story).
   */
  static double between(List<Article> articles) {
    double[][] sim = cosines(articles);
    int n = sim.length;
    List<List<Integer>> groups = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) groups.add(new java.util.ArrayList<>(List.of(i)));
    while (groups.size() > 2) {
      int bx = 0, by = 1;
      double best = -1;
      for (int x = 0; x < groups.size(); x++) {
        for (int y = x + 1; y < groups.size(); y++) {
          double l = linkage(sim, groups.get(x), groups.get(y));
          if (l > best) {
            best = l;
            bx = x;
            by = y;
          }
        }
      }
      groups.get(bx).addAll(groups.remove(by));
    }
    if (groups.get(0).size() < 2 || groups.get(1).size() < 2) return 1;
    return linkage(sim, groups.get(0), groups.get(1));
  }

  private static double linkage(double[][] sim, List<Integer> a, List<Integer> b) {
    double s = 0;
    for (int i : a) for (int j : b) s += sim[i][j];
    return s / (a.size() * b.size());
  }

  private static java.util.Set<String> stopWords() {
    java.util.Set<String> s = new java.util.HashSet<>(List.of("said", "says", "also", "would", "could",
        "its", "his", "her", "has", "have", "had", "been", "were", "who", "from", "more", "about",
        "after", "one", "two", "new", "year", "years", "time", "people", "like", "just", "can", "what",
        "when", "which", "their", "they", "she", "him", "our", "you", "all", "out", "over", "told",
        "than", "other", "some", "did", "now", "first", "last", "news", "get", "make", "made"));
    for (Object w : org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      s.add(new String((char[]) w));
    }
    return java.util.Set.copyOf(s);
  }

  /** The cosines of the articles' TF-IDF vectors (titles included), pair by pair. */
  static double[][] cosines(List<Article> articles) {
    int n = articles.size();
    List<Map<String, Double>> tf = new java.util.ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Article a : articles) {
      Map<String, Double> counts = new HashMap<>();
      Matcher m = WORD.matcher(a.title() + "\n" + a.text());
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (!STOP.contains(w)) counts.merge(w, 1.0, Double::sum);
      }
      counts.replaceAll((w, k) -> 1 + Math.log(k));
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      tf.add(counts);
    }
    double[] norms = new double[n];
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = tf.get(i);
      v.replaceAll((w, x) -> x * Math.log((1.0 + n) / df.get(w)));
      double s = 0;
      for (double x : v.values()) s += x * x;
      norms[i] = Math.sqrt(s);
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (norms[i] == 0 || norms[j] == 0) continue;
        Map<String, Double> a = tf.get(i), b = tf.get(j);
        if (a.size() > b.size()) {
          Map<String, Double> t = a;
          a = b;
          b = t;
        }
        double dot = 0;
        for (var e : a.entrySet()) {
          Double y = b.get(e.getKey());
          if (y != null) dot += e.getValue() * y;
        }
        sim[i][j] = sim[j][i] = dot / (norms[i] * norms[j]);
      }
    }
    return sim;
  }
}
