package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article among a page's text blocks.
 *
 * <p>Each block weighs for or against the element that holds it as a paragraph (the parent of a
 * {@code <p>}, {@code <li>} or heading; the element itself for loose text): prose (long, few
 * links) weighs its length, a list of links or a short fragment weighs against. The article is
 * the element with the heaviest paragraphs, together with those of its siblings that hold prose
 * of their own (an article cut into chunks by ads) or a comparable weight; teaser lists of other
 * stories, whose summaries sit one per item, do not add up and stay out, and a summary cut off by an
 * ellipsis under its linked headline is never prose, however many of them a sidebar holds. Inside, link lists,
 * everything from an end marker ("Related articles", "Leave a reply") on, and the short fragments
 * before the first and after the last prose block (bylines, dates, "follow us") are dropped.
 */
final class MainContentFinder {
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "td", "th");
  private static final Pattern END_MARKER = Pattern.compile("^\\W*(related( articles| stories"
      + "| posts| content| coverage)?|you (may|might) (also )?(like|enjoy|be interested)|more from"
      + "|more stories|recommended( for you| stories)?|most (popular|read)|top rated comments"
      + "|comments?|\\d+ comments?|leave a (reply|comment)|post a comment"
      + "|voc\u00ea (pode|tamb\u00e9m) gostar|relacionad[oa]s|art\u00edculos relacionados"
      + "|\u043f\u043e\u0445\u043e\u0436\u0438\u0435)\\W*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The label of an ad slot left in the text after the ad itself was removed. */
  private static final Pattern AD_LABEL = Pattern.compile("\\W*(advertisement|advert|ad"
      + "|sponsored|anzeige|werbung|publicidad|publicit\u00e9|pubblicit\u00e0"
      + "|\u0440\u0435\u043a\u043b\u0430\u043c\u0430)\\W*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The article's blocks in document order; empty when the page has no prose. */
  List<TextBlock> find(BlockSplitter.Split split) {
    List<TextBlock> blocks = split.blocks();
    if (blocks.isEmpty()) return List.of();
    int n = split.elements().size();
    int[] parent = split.parent();
    int[] end = split.subtreeEnd();
    double[] own = new double[n];
    boolean[] ownProse = new boolean[n];
    for (TextBlock b : blocks) {
      int holder = holder(b, parent);
      own[holder] += weight(b);
      if (isProse(b)) ownProse[holder] = true;
    }
    int best = -1;
    for (int e = 0; e < n; e++) {
      if (own[e] > 0 && (best < 0 || own[e] > own[best])) best = e;
    }
    if (best < 0) return List.of();
    Sums sums = new Sums(blocks);
    best = climb(best, split, sums);
    boolean[] take = new boolean[n];
    take[best] = true;
    int p = parent[best];
    if (p >= 0) {
      for (int s = p + 1; s <= end[p]; s = end[s] + 1) {
        if (s == best) continue;
        double heaviest = 0;
        double sum = 0;
        for (int e = s; e <= end[s]; e++) {
          heaviest = Math.max(heaviest, own[e]);
          sum += own[e];
        }
        boolean chunk = ownProse[s] && own[s] > 0;
        boolean paragraph = isParagraphOf(blocks, s) && sum > 0;
        if (sum > 0 && (chunk || paragraph || heaviest >= 0.3 * own[best])) take[s] = true;
      }
    }
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (!taken(b.element(), take, parent, p)) continue;
      if (b.tag().equals("h1")) continue;
      if (b.linkDensity() > 0.5 && !isLinkedSentence(b)) continue;
      if (AD_LABEL.matcher(b.text()).matches()) continue;
      inside.add(b);
    }
    inside = untilEndMarker(inside);
    int first = 0;
    while (first < inside.size() && !isProse(inside.get(first))) first++;
    int last = inside.size() - 1;
    while (last >= first && !isProse(inside.get(last))) last--;
    last = throughClosingList(inside, last, split.parent());
    // a quotation ends with its attribution ("— Name (@handle) date"), short as it is
    while (last >= first && last + 1 < inside.size()) {
      int quote = quoteOf(inside.get(last), split);
      if (quote < 0 || quote != quoteOf(inside.get(last + 1), split)) break;
      last++;
    }
    return first > last ? List.of() : List.copyOf(inside.subList(first, last + 1));
  }

  /**
   * Widens the article from its heaviest paragraph holder to the ancestors that add prose without
   * adding a list of links: articles whose paragraphs sit in one card each, or in chunks.
   */
  private static int climb(int from, BlockSplitter.Split split, Sums sums) {
    int[] parent = split.parent();
    int[] end = split.subtreeEnd();
    int x = from;
    while (parent[x] >= 0) {
      int a = parent[x];
      String tag = split.elements().get(a).normalName();
      if (tag.equals("body") || tag.equals("html")) break;
      double[] all = sums.of(a, end[a]);
      double[] mine = sums.of(x, end[x]);
      double pos = all[0] - mine[0];
      double neg = all[1] - mine[1];
      double chars = all[2] - mine[2];
      double links = all[3] - mine[3];
      if (chars == 0) {
        x = a;
        continue;
      }
      if (pos <= 0 || pos + neg <= 0 || links > 0.25 * chars) break;
      x = a;
    }
    return x;
  }

  /** Prefix sums over the blocks of prose weight, other weight, characters and link characters. */
  private static final class Sums {
    private final int[] at;
    private final double[][] prefix;

    Sums(List<TextBlock> blocks) {
      at = new int[blocks.size()];
      prefix = new double[blocks.size() + 1][4];
      for (int i = 0; i < blocks.size(); i++) {
        TextBlock b = blocks.get(i);
        at[i] = b.element();
        double w = weight(b);
        double[] row = prefix[i + 1];
        System.arraycopy(prefix[i], 0, row, 0, 4);
        if (w > 0) row[0] += w;
        else row[1] += w;
        row[2] += b.text().length();
        row[3] += b.linkChars();
      }
    }

    /** The sums over the blocks of elements numbered first..last. */
    double[] of(int first, int last) {
      double[] hi = prefix[lowerBound(at, last + 1)];
      double[] lo = prefix[lowerBound(at, first)];
      return new double[] {hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2], hi[3] - lo[3]};
    }
  }

  /**
   * The index of the last block of a list that closes the article after its last paragraph (an
   * optional heading, then three or more items of one list with few links, such as the teams that
   * qualified), or {@code last} when none follows it. Fragments that short are otherwise trimmed.
   */
  private static int throughClosingList(List<TextBlock> inside, int last, int[] parent) {
    if (last < 0) return last;
    int j = last + 1;
    if (j < inside.size() && inside.get(j).tag().matches("h[2-6]")) j++;
    if (j >= inside.size() || !inside.get(j).tag().equals("li")) return last;
    int list = parent[inside.get(j).element()];
    int k = j;
    while (k < inside.size() && inside.get(k).tag().equals("li")
        && parent[inside.get(k).element()] == list && inside.get(k).linkDensity() < 0.2) {
      k++;
    }
    return k - j >= 3 ? k - 1 : last;
  }

  /** The number of the innermost blockquote around a block, or -1. */
  private static int quoteOf(TextBlock b, BlockSplitter.Split split) {
    for (int x = b.element(); x >= 0; x = split.parent()[x]) {
      if (split.elements().get(x).normalName().equals("blockquote")) return x;
    }
    return -1;
  }

  /** Whether element {@code e} or an ancestor below {@code stop} is taken. */
  private static boolean taken(int e, boolean[] take, int[] parent, int stop) {
    for (int x = e; x >= 0 && x != stop; x = parent[x]) {
      if (take[x]) return true;
    }
    return false;
  }

  private static boolean isParagraphOf(List<TextBlock> blocks, int element) {
    for (TextBlock b : blocks) {
      if (b.element() == element) return PARAGRAPH_TAGS.contains(b.tag()) && isProse(b);
    }
    return false;
  }

  /** The element a block counts for: the parent of a paragraph, else the block's own element. */
  static int holder(TextBlock b, int[] parent) {
    int p = parent[b.element()];
    return PARAGRAPH_TAGS.contains(b.tag()) && p >= 0 ? p : b.element();
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

  /**
   * Whether a block is never article text, wherever it sits: a list of links (most of it linked,
   * with no sentence) or the label of an ad slot.
   */
  static boolean isDebris(TextBlock b) {
    return (b.linkDensity() > 0.5 && !isLinkedSentence(b)) || AD_LABEL.matcher(b.text()).matches();
  }

  /**
   * Whether a link-heavy block inside the article is still a sentence of it: news digests and
   * explainers link most of a sentence to its source, where a list of links has no sentence.
   */
  private static boolean isLinkedSentence(TextBlock b) {
    return b.linkDensity() <= 0.8 && b.text().length() >= 100 && !b.excerpt()
        && endsSentence(b.text());
  }

  static boolean isProse(TextBlock b) {
    int c = b.text().length();
    double ld = b.linkDensity();
    if (ld > 0.35 || b.excerpt()) return false;
    if (c < 400 && b.leadingLinkChars() >= 15 && b.leadingLinkChars() * 10 >= c * 3) return false;
    if (b.text().startsWith("<") && b.text().contains("=")) return false; // escaped markup
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
