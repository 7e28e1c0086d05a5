package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The numbers the {@link BlockModel} reads for each text block of a page: the block's own text
 * (length, link density, punctuation, how much it reads as sentences), where it sits (tag, tag
 * path, depth, position in the page), what its containers are named (class and id tokens that
 * name content or furniture), what the page's own markup says ({@code <article>},
 * {@code itemprop=articleBody}, the JSON-LD {@code articleBody}), what the rule-based
 * {@link MainContentFinder} and Readability's candidate scoring pick, and the same few numbers
 * of the blocks before and after it.
 *
 * <p>None names a site or copies a page's strings: the words it looks for are the generic
 * vocabulary of page furniture ({@link FurnitureBoxes}) and of containers' names.
 */
final class BlockFeatures {
  /** The features, in the order of each row. */
  static final List<String> NAMES = List.of(
      "log_chars", "log_words", "link_density", "leading_link_share", "excerpt",
      "ends_sentence", "sentence_marks_per_word", "commas_per_word", "digit_share",
      "upper_share", "capitalised_word_share", "mean_word_length", "furniture_words",
      "starts_by", "has_date", "title_overlap",
      "tag_p", "tag_li", "tag_h1", "tag_h2_6", "tag_cell", "tag_quote", "tag_pre", "tag_other",
      "depth", "index_share", "chars_before_share", "log_blocks", "log_page_chars",
      "chars_over_longest",
      "in_article", "in_item_body", "in_main", "in_list", "in_table", "in_header", "in_form",
      "in_quote", "content_names", "furniture_names", "own_content_name", "own_furniture_name",
      "strong_furniture_names",
      "parent_page_share", "parent_link_density", "parent_log_blocks", "grand_page_share",
      "grand_link_density", "parent_prose_share",
      "rule_pick", "rule_before", "rule_after", "rule_holder_weight",
      "readability_in_top", "readability_in_merged", "readability_best_share",
      "ld_body", "ld_overlap", "ld_length_ratio",
      "holder_furniture_per_word", "grand_furniture_per_word", "great_furniture_per_word",
      "grand_furniture_name", "after_headline_share", "in_furniture_box",
      "prev_log_chars", "prev_link_density", "prev_rule_pick", "prev_ends_sentence",
      "next_log_chars", "next_link_density", "next_rule_pick", "next_ends_sentence");

  static final int K = NAMES.size();

  private static final String[] CONTENT_NAME = {"article", "body", "content", "entry", "hentry",
    "h-entry", "main", "page", "post", "text", "blog", "story", "prose", "body-copy"};
  private static final String[] FURNITURE_NAME = {"comment", "com-", "contact", "foot", "footer",
    "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
    "shoutbox", "sidebar", "sponsor", "shopping", "tags", "tool", "widget", "disclaimer",
    "legal", "copyright", "newsletter", "subscri", "share", "social", "nav", "menu", "banner",
    "cookie", "consent", "byline", "author", "caption", "credit", "teaser", "recommend",
    "trending", "popular", "breadcrumb", "signup", "login", "modal", "popup", "ad-", "-ad",
    "ads", "advert", "service", "support", "help", "notice", "info-box", "infobox", "quote-data",
    "market", "ticker", "rail", "aside", "card"};
  private static final String[] STRONG_NAME = {"comment", "footer", "disclaimer", "legal",
    "copyright", "newsletter", "related", "recommend", "sidebar", "cookie", "consent",
    "outbrain", "taboola"};
  private static final Pattern DATE_LIKE = Pattern.compile("\\b(1[89]|20)\\d\\d\\b|\\d{1,2}[/.]\\d{1,2}"
      + "[/.]\\d{2,4}|\\b\\d{1,2}:\\d\\d\\b");

  private BlockFeatures() {}

  /**
   * The rows of {@code split}'s blocks, one per block.
   *
   * @param stats   each block's {@link TextStats}
   * @param phrases each block's {@link FurnitureBoxes#phrases}
   * @param inBox   for each block, whether it lies in a {@link FurnitureBoxes furniture box}
   */
  static float[][] of(BlockSplitter.Split split, List<TextBlock> rulePick, PageMetadata meta,
      TextStats[] stats, long[][] phrases, boolean[] inBox) {
    List<TextBlock> blocks = split.blocks();
    int n = blocks.size();
    float[][] rows = new float[n][K];
    if (n == 0) return rows;
    List<Element> elements = split.elements();
    int[] parent = split.parent();
    int[] end = split.subtreeEnd();
    int m = elements.size();
    // per element: depth, inherited markers and name counts (parents come before children)
    int[] depth = new int[m];
    int[] flags = new int[m];
    int[] contentNames = new int[m];
    int[] furnitureNames = new int[m];
    int[] strongNames = new int[m];
    boolean[] ownContent = new boolean[m];
    boolean[] ownFurniture = new boolean[m];
    Map<String, Integer> names = new HashMap<>(); // pages repeat a few class names many times
    for (int e = 0; e < m; e++) {
      Element el = elements.get(e);
      int p = parent[e];
      depth[e] = p < 0 ? 0 : depth[p] + 1;
      flags[e] = p < 0 ? 0 : flags[p];
      contentNames[e] = p < 0 ? 0 : contentNames[p];
      furnitureNames[e] = p < 0 ? 0 : furnitureNames[p];
      strongNames[e] = p < 0 ? 0 : strongNames[p];
      String tag = el.normalName();
      switch (tag) {
        case "article" -> flags[e] |= 1;
        case "main" -> flags[e] |= 4;
        case "ul", "ol", "li", "dl" -> flags[e] |= 8;
        case "table" -> flags[e] |= 16;
        case "header" -> flags[e] |= 32;
        case "form" -> flags[e] |= 64;
        case "blockquote" -> flags[e] |= 128;
        default -> { }
      }
      String itemprop = el.attr("itemprop");
      if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) flags[e] |= 2;
      if (el.attr("role").equals("main")) flags[e] |= 4;
      String cls = el.className();
      String id = el.id();
      if (cls.isEmpty() && id.isEmpty()) continue;
      int kinds = names.computeIfAbsent(cls + " " + id, BlockFeatures::nameKinds);
      if ((kinds & 1) != 0) {
        contentNames[e]++;
        ownContent[e] = true;
      }
      if ((kinds & 2) != 0) {
        furnitureNames[e]++;
        ownFurniture[e] = true;
      }
      if ((kinds & 4) != 0) strongNames[e]++;
    }
    // per block: prefix sums of characters, link characters and prose characters
    int[] at = new int[n];
    long[] chars = new long[n + 1];
    long[] links = new long[n + 1];
    long[] prose = new long[n + 1];
    int longest = 1;
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      at[i] = b.element();
      int c = b.text().length();
      longest = Math.max(longest, c);
      chars[i + 1] = chars[i] + c;
      links[i + 1] = links[i] + b.linkChars();
      prose[i + 1] = prose[i] + (MainContentFinder.isProse(b) ? c : 0);
    }
    double total = Math.max(1, chars[n]);
    double[] holderWeight = new double[m];
    double heaviest = 1;
    for (TextBlock b : blocks) {
      int h = MainContentFinder.holder(b, parent);
      holderWeight[h] += MainContentFinder.weight(b);
      heaviest = Math.max(heaviest, holderWeight[h]);
    }
    double totalProse = Math.max(1, prose[n]);
    Map<TextBlock, Boolean> picked = new IdentityHashMap<>();
    for (TextBlock b : rulePick) picked.put(b, true);
    int firstPick = -1;
    int lastPick = -1;
    for (int i = 0; i < n; i++) {
      if (picked.containsKey(blocks.get(i))) {
        if (firstPick < 0) firstPick = i;
        lastPick = i;
      }
    }
    double[] furniture = new double[m];
    double[] wordsUnder = new double[m];
    int[] furnitureOf = new int[n];
    int headline = -1;
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      if (headline < 0 && b.tag().equals("h1")) headline = i;
      furnitureOf[i] = (int) Math.min(20, phrases[i][0]);
      int w = stats[i].words;
      for (int x = b.element(); x >= 0; x = parent[x]) {
        furniture[x] += furnitureOf[i];
        wordsUnder[x] += w;
      }
    }
    ReadabilityScores readability = ReadabilityScores.of(split);
    Set<String> ld = meta.articleBody().isEmpty() ? Set.of() : shingles(meta.articleBody());
    Set<String> titleWords = wordSet(meta.title());
    int rulePickColumn = NAMES.indexOf("rule_pick");
    double ldRatio = Math.min(4, meta.articleBody().length() / total);
    float[] own = new float[n];
    float[] links1 = new float[n];
    float[] ends = new float[n];
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      String t = b.text();
      int c = t.length();
      float[] r = rows[i];
      int e = b.element();
      int k = 0;
      TextStats s = stats[i];
      r[k++] = (float) Math.log1p(c);
      r[k++] = (float) Math.log1p(s.words);
      r[k++] = (float) b.linkDensity();
      r[k++] = c == 0 ? 0 : (float) b.leadingLinkChars() / c;
      r[k++] = b.excerpt() ? 1 : 0;
      r[k++] = endsSentence(t) ? 1 : 0;
      r[k++] = s.words == 0 ? 0 : (float) s.sentenceMarks / s.words;
      r[k++] = s.words == 0 ? 0 : (float) s.commas / s.words;
      r[k++] = c == 0 ? 0 : (float) s.digits / c;
      r[k++] = s.letters == 0 ? 0 : (float) s.upper / s.letters;
      r[k++] = s.words == 0 ? 0 : (float) s.capitalised / s.words;
      r[k++] = s.words == 0 ? 0 : (float) s.wordChars / s.words;
      r[k++] = furnitureOf[i];
      r[k++] = t.regionMatches(true, 0, "by ", 0, 3) ? 1 : 0;
      r[k++] = c < 200 && s.digits > 0 && DATE_LIKE.matcher(t).find() ? 1 : 0; // dates hold digits
      r[k++] = titleWords.isEmpty() ? 0 : (float) titleOverlap(t, titleWords);
      String tag = b.tag();
      r[k++] = tag.equals("p") ? 1 : 0;
      r[k++] = tag.equals("li") ? 1 : 0;
      r[k++] = tag.equals("h1") ? 1 : 0;
      r[k++] = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) > '1' && tag.charAt(1) <= '6' ? 1 : 0;
      r[k++] = tag.equals("td") || tag.equals("th") || tag.equals("dd") || tag.equals("dt") ? 1 : 0;
      r[k++] = tag.equals("blockquote") ? 1 : 0;
      r[k++] = tag.equals("pre") ? 1 : 0;
      r[k++] = r[k - 8] + r[k - 7] + r[k - 6] + r[k - 5] + r[k - 4] + r[k - 3] + r[k - 2] == 0 ? 1 : 0;
      r[k++] = depth[e];
      r[k++] = (float) i / n;
      r[k++] = (float) (chars[i] / total);
      r[k++] = (float) Math.log1p(n);
      r[k++] = (float) Math.log1p(total);
      r[k++] = (float) c / longest;
      int f = flags[e];
      r[k++] = (f & 1) != 0 ? 1 : 0;
      r[k++] = (f & 2) != 0 ? 1 : 0;
      r[k++] = (f & 4) != 0 ? 1 : 0;
      r[k++] = (f & 8) != 0 ? 1 : 0;
      r[k++] = (f & 16) != 0 ? 1 : 0;
      r[k++] = (f & 32) != 0 ? 1 : 0;
      r[k++] = (f & 64) != 0 ? 1 : 0;
      r[k++] = (f & 128) != 0 ? 1 : 0;
      r[k++] = contentNames[e];
      r[k++] = furnitureNames[e];
      int holder = parent[e] >= 0 ? parent[e] : e;
      r[k++] = ownContent[e] || ownContent[holder] ? 1 : 0;
      r[k++] = ownFurniture[e] || ownFurniture[holder] ? 1 : 0;
      r[k++] = strongNames[e];
      int grand = parent[holder] >= 0 ? parent[holder] : holder;
      long[] ph = range(at, chars, links, prose, holder, end[holder]);
      long[] gh = range(at, chars, links, prose, grand, end[grand]);
      r[k++] = (float) (ph[0] / total);
      r[k++] = ph[0] == 0 ? 0 : (float) ph[1] / ph[0];
      r[k++] = (float) Math.log1p(ph[3]);
      r[k++] = (float) (gh[0] / total);
      r[k++] = gh[0] == 0 ? 0 : (float) gh[1] / gh[0];
      r[k++] = (float) (ph[2] / totalProse);
      boolean pick = picked.containsKey(b);
      r[k++] = pick ? 1 : 0;
      r[k++] = firstPick < 0 || i < firstPick ? 1 : 0;
      r[k++] = firstPick < 0 || i > lastPick ? 1 : 0;
      r[k++] = (float) (holderWeight[MainContentFinder.holder(b, parent)] / heaviest);
      r[k++] = readability.inTop(e) ? 1 : 0;
      r[k++] = readability.inMerged(e) ? 1 : 0;
      r[k++] = (float) readability.bestShare(e, parent);
      r[k++] = ld.isEmpty() ? 0 : 1;
      r[k++] = ld.isEmpty() ? -1 : (float) containedShare(t, ld);
      r[k++] = (float) ldRatio;
      int great = parent[grand] >= 0 ? parent[grand] : grand;
      r[k++] = (float) (furniture[holder] / Math.max(1, wordsUnder[holder]));
      r[k++] = (float) (furniture[grand] / Math.max(1, wordsUnder[grand]));
      r[k++] = (float) (furniture[great] / Math.max(1, wordsUnder[great]));
      r[k++] = ownFurniture[grand] || ownFurniture[great] ? 1 : 0;
      r[k++] = headline < 0 || i < headline ? -1 : (float) ((chars[i] - chars[headline]) / total);
      r[k++] = inBox[i] ? 1 : 0;
      own[i] = r[0];
      links1[i] = r[2];
      ends[i] = r[5];
    }
    int base = K - 8;
    for (int i = 0; i < n; i++) {
      float[] r = rows[i];
      int k = base;
      if (i > 0) {
        r[k++] = own[i - 1];
        r[k++] = links1[i - 1];
        r[k++] = rows[i - 1][rulePickColumn];
        r[k++] = ends[i - 1];
      } else {
        r[k++] = -1;
        r[k++] = -1;
        r[k++] = -1;
        r[k++] = -1;
      }
      if (i + 1 < n) {
        r[k++] = own[i + 1];
        r[k++] = links1[i + 1];
        r[k++] = rows[i + 1][rulePickColumn];
        r[k++] = ends[i + 1];
      } else {
        r[k++] = -1;
        r[k++] = -1;
        r[k++] = -1;
        r[k++] = -1;
      }
    }
    return rows;
  }

  /** What a class and id name: bit 1 content, bit 2 furniture, bit 4 furniture that is never text. */
  private static int nameKinds(String classAndId) {
    String name = classAndId.toLowerCase(Locale.ROOT);
    int kinds = 0;
    if (containsAny(name, CONTENT_NAME)) kinds |= 1;
    if (containsAny(name, FURNITURE_NAME)) kinds |= 2;
    if (containsAny(name, STRONG_NAME)) kinds |= 4;
    return kinds;
  }

  private static boolean containsAny(String s, String[] parts) {
    for (String p : parts) if (s.contains(p)) return true;
    return false;
  }

  /** Characters, link characters, prose characters and blocks inside elements first..last. */
  private static long[] range(int[] at, long[] chars, long[] links, long[] prose, int first, int last) {
    int hi = MainContentFinder.lowerBound(at, last + 1);
    int lo = MainContentFinder.lowerBound(at, first);
    return new long[] {chars[hi] - chars[lo], links[hi] - links[lo], prose[hi] - prose[lo], hi - lo};
  }

  static boolean endsSentence(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\u00BB') continue;
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026' || c == '\u3002'
          || c == '\uFF01' || c == '\uFF1F';
    }
    return false;
  }

  /** Lower-cased words of a text (letters and digits). */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean w = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (w && start < 0) start = i;
      if (!w && start >= 0) {
        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  /** The number of words (runs of letters and digits) in {@code s}. */
  static int words(String s) {
    return TextStats.of(s).words;
  }

  /** Each block's {@link TextStats}, computed once for every feature that reads them. */
  static TextStats[] stats(List<TextBlock> blocks) {
    TextStats[] out = new TextStats[blocks.size()];
    for (int i = 0; i < out.length; i++) out[i] = TextStats.of(blocks.get(i).text());
    return out;
  }

  private static Set<String> wordSet(String s) {
    return new HashSet<>(tokens(s));
  }

  /**
   * The share of words shared by {@code text} and a non-empty {@code title}: distinct words in
   * both over the larger number of distinct words, counted as the text's words are read.
   */
  private static double titleOverlap(String text, Set<String> title) {
    Set<String> seen = new HashSet<>();
    int both = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (w && start < 0) start = i;
      if (!w && start >= 0) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (seen.add(word) && title.contains(word)) both++;
        start = -1;
      }
    }
    return seen.isEmpty() ? 0 : (double) both / Math.max(seen.size(), title.size());
  }

  /** The 3-word shingles of a text. */
  static Set<String> shingles(String s) {
    List<String> t = tokens(s);
    Set<String> out = new HashSet<>();
    if (t.size() < 3) {
      if (!t.isEmpty()) out.add(String.join(" ", t));
      return out;
    }
    for (int i = 0; i + 3 <= t.size(); i++) out.add(t.get(i) + ' ' + t.get(i + 1) + ' ' + t.get(i + 2));
    return out;
  }

  /** The share of a text's 3-word shingles found in {@code set}. */
  static double containedShare(String s, Set<String> set) {
    Set<String> mine = shingles(s);
    if (mine.isEmpty()) return 0;
    int in = 0;
    for (String x : mine) if (set.contains(x)) in++;
    return (double) in / mine.size();
  }

  /** Counts over a block's characters, in one pass. */
  record TextStats(int words, int wordChars, int capitalised, int commas, int sentenceMarks,
      int digits, int letters, int upper) {
    static TextStats of(String t) {
      int words = 0;
      int wordChars = 0;
      int capitalised = 0;
      int commas = 0;
      int marks = 0;
      int digits = 0;
      int letters = 0;
      int upper = 0;
      boolean in = false;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        boolean w = Character.isLetterOrDigit(c);
        if (w) {
          wordChars++;
          if (!in) {
            words++;
            if (Character.isUpperCase(c)) capitalised++;
          }
          if (Character.isDigit(c)) digits++;
          else if (Character.isLetter(c)) {
            letters++;
            if (Character.isUpperCase(c)) upper++;
          }
        } else if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
          commas++;
        } else if (c == '.' || c == '!' || c == '?' || c == '\u3002') {
          marks++;
        }
        in = w;
      }
      return new TextStats(words, wordChars, capitalised, commas, marks, digits, letters, upper);
    }
  }
}
