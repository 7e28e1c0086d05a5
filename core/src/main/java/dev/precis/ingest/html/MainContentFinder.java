package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article among a page's text blocks: the element whose subtree has the highest sum of
 * block weights, where a block of prose (long, few links) weighs its length, and a block of links
 * or a short fragment weighs against. The winner is the smallest element that takes in all the
 * prose without the navigation around it. Inside it, link lists and the short fragments before
 * the first and after the last prose block (bylines, dates, "follow us") are dropped.
 */
final class MainContentFinder {
  private static final Pattern END_MARKER = Pattern.compile("^\\W*(related( articles| stories"
      + "| posts| content| coverage)?|you (may|might) (also )?(like|enjoy|be interested)|more from"
      + "|more stories|recommended( for you| stories)?|most (popular|read)|top rated comments"
      + "|comments?|\\d+ comments?|leave a (reply|comment)|post a comment"
      + "|voc\u00ea (pode|tamb\u00e9m) gostar|relacionad[oa]s|art\u00edculos relacionados"
      + "|\u043f\u043e\u0445\u043e\u0436\u0438\u0435)\\W*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The article's blocks in document order; empty when the page has no prose. */
  List<TextBlock> find(BlockSplitter.Split split) {
    List<TextBlock> blocks = split.blocks();
    if (blocks.isEmpty()) return List.of();
    int n = split.elements().size();
    // Blocks are in document order, so their element numbers never decrease: prefix sums over
    // the blocks give the weight of any subtree [e, subtreeEnd[e]] by two binary searches.
    double[] prefix = new double[blocks.size() + 1];
    int[] at = new int[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      prefix[i + 1] = prefix[i] + weight(blocks.get(i));
      at[i] = blocks.get(i).element();
    }
    int best = -1;
    double bestValue = 0;
    for (int e = 0; e < n; e++) {
      int from = lowerBound(at, e);
      int to = lowerBound(at, split.subtreeEnd()[e] + 1);
      if (from >= to) continue;
      double v = prefix[to] - prefix[from];
      if (v > bestValue + 1e-9 || (best >= 0 && Math.abs(v - bestValue) <= 1e-9)) {
        best = e;
        bestValue = v;
      }
    }
    if (best < 0) return List.of();
    int from = lowerBound(at, best);
    int to = lowerBound(at, split.subtreeEnd()[best] + 1);
    List<TextBlock> inside = new ArrayList<>();
    for (int i = from; i < to; i++) {
      TextBlock b = blocks.get(i);
      if (b.tag().equals("h1")) continue;
      if (b.linkDensity() > 0.5) continue;
      inside.add(b);
    }
    inside = untilEndMarker(inside);
    int first = 0;
    while (first < inside.size() && !isProse(inside.get(first))) first++;
    int last = inside.size() - 1;
    while (last >= first && !isProse(inside.get(last))) last--;
    return first > last ? List.of() : List.copyOf(inside.subList(first, last + 1));
  }

  /**
   * The blocks before a short block that announces the end of the article ("Related articles",
   * "Leave a reply", "You may also like"), once at least one prose block has been seen.
   */
  private static List<TextBlock> untilEndMarker(List<TextBlock> blocks) {
    boolean prose = false;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (prose && b.text().length() <= 60 && END_MARKER.matcher(b.text()).find()) {
        return blocks.subList(0, i);
      }
      prose |= isProse(b);
    }
    return blocks;
  }

  static boolean isProse(TextBlock b) {
    int c = b.text().length();
    double ld = b.linkDensity();
    if (ld > 0.35) return false;
    if (c < 400 && b.leadingLinkChars() >= 15 && b.leadingLinkChars() * 10 >= c * 3) return false;
    if (c >= 80) return true;
    boolean sentence = endsSentence(b.text());
    if (b.tag().equals("p") && c >= 30 && sentence) return true;
    return c >= 50 && sentence;
  }

  static double weight(TextBlock b) {
    int c = b.text().length();
    double ld = b.linkDensity();
    if (ld > 0.5) return -c;
    if (isProse(b)) return c * (1 - ld);
    return -0.3 * c;
  }

  private static boolean endsSentence(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')') continue;
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026';
    }
    return false;
  }

  static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
