package dev.precis.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability's candidate scoring on a split page (after Mozilla's {@code Readability.js}): every
 * paragraph of 25 characters or more scores 1, plus one per comma, plus one per 100 characters
 * (up to 3), for its parent, half of it for its grandparent and a third per level above; each
 * candidate starts from its tag and its class and id names, and ends scaled by one minus its link
 * density. The top candidate is the article's container; its siblings that score at least a fifth
 * of it, or that are prose paragraphs themselves, are merged with it.
 */
final class ReadabilityScores {
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
  private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid "
      + "|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo"
      + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget");

  private final int top;
  private final double topScore;
  private final double[] score;
  private final boolean[] merged;
  private final int[] end;
  private final int[] mergedList;

  private ReadabilityScores(int top, double topScore, double[] score, boolean[] merged, int[] end) {
    this.mergedList = java.util.stream.IntStream.range(0, merged.length).filter(i -> merged[i]).toArray();
    this.top = top;
    this.topScore = topScore;
    this.score = score;
    this.merged = merged;
    this.end = end;
  }

  static ReadabilityScores of(BlockSplitter.Split split) {
    List<Element> elements = split.elements();
    int m = elements.size();
    int[] parent = split.parent();
    int[] end = split.subtreeEnd();
    double[] score = new double[m];
    boolean[] seen = new boolean[m];
    long[] chars = new long[m];
    long[] linkChars = new long[m];
    for (TextBlock b : split.blocks()) {
      // every ancestor's subtree holds the block's characters
      for (int x = b.element(); x >= 0; x = parent[x]) {
        chars[x] += b.text().length();
        linkChars[x] += b.linkChars();
      }
      String t = b.text();
      if (t.length() < 25) continue;
      String tag = b.tag();
      if (!(tag.equals("p") || tag.equals("td") || tag.equals("pre") || tag.equals("div")
          || tag.equals("section") || tag.equals("article"))) continue;
      int commas = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') commas++;
      }
      double s = 1 + commas + Math.min(3, t.length() / 100);
      int level = 0;
      for (int x = parent[b.element()]; x >= 0 && level < 5; x = parent[x], level++) {
        if (!seen[x]) {
          seen[x] = true;
          score[x] = initial(elements.get(x));
        }
        score[x] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
      }
    }
    int top = -1;
    for (int x = 0; x < m; x++) {
      if (!seen[x]) continue;
      score[x] *= chars[x] == 0 ? 0 : 1 - (double) linkChars[x] / chars[x];
      String tag = elements.get(x).normalName();
      if (tag.equals("body") || tag.equals("html")) continue;
      if (top < 0 || score[x] > score[top]) top = x;
    }
    boolean[] merged = new boolean[m];
    double topScore = top < 0 ? 0 : Math.max(score[top], 1e-9);
    if (top >= 0) {
      merged[top] = true;
      int p = parent[top];
      if (p >= 0) {
        double threshold = Math.max(10, topScore * 0.2);
        for (int s = p + 1; s <= end[p]; s = end[s] + 1) {
          if (s == top) continue;
          if (seen[s] && score[s] >= threshold) merged[s] = true;
        }
      }
    }
    return new ReadabilityScores(top, topScore, score, merged, end);
  }

  private static double initial(Element e) {
    double s = switch (e.normalName()) {
      case "div" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String c = e.className().toLowerCase(Locale.ROOT);
    String id = e.id().toLowerCase(Locale.ROOT);
    if (!c.isEmpty()) {
      if (NEGATIVE.matcher(c).find()) s -= 25;
      if (POSITIVE.matcher(c).find()) s += 25;
    }
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) s -= 25;
      if (POSITIVE.matcher(id).find()) s += 25;
    }
    return s;
  }

  /** Whether element {@code e} is inside the top candidate. */
  boolean inTop(int e) {
    return top >= 0 && e >= top && e <= end[top];
  }

  /** Whether element {@code e} is inside the top candidate or a sibling merged with it. */
  boolean inMerged(int e) {
    return inTop(e) || mergedAncestor(e);
  }

  private boolean mergedAncestor(int e) {
    // merged siblings are few; test the interval of each
    for (int s : mergedList) {
      if (e >= s && e <= end[s]) return true;
    }
    return false;
  }

  /** The best score among the three elements above {@code e}, over the top candidate's. */
  double bestShare(int e, int[] parent) {
    double best = 0;
    int level = 0;
    for (int x = parent[e]; x >= 0 && level < 3; x = parent[x], level++) best = Math.max(best, score[x]);
    return top < 0 ? 0 : best / topScore;
  }
}
