package dev.precis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page debris from the articles of one cluster by general rules about what article prose
 * looks like, and by one cross-article signal: a short line that several articles share is page
 * furniture, not reporting.
 *
 * <p>A paragraph (a non-blank line) is removed when it
 * <ul>
 *   <li>is short and does not end like a sentence (markers such as "advertisement", credits,
 *       bylines, subheadings, "date 2020-01-06");</li>
 *   <li>repeats the headline (with or without debris such as a stray number or a site prefix);</li>
 *   <li>is a web prompt ("Leave a Reply", "Share this", "Click here to subscribe"), or site
 *       furniture of any length (a Twitter widget's help text, an archive's crawl notice, "Story
 *       continues below", a video's embed prompt);</li>
 *   <li>is a photo caption: followed by a photo credit, ending in a caption's bare date, or
 *       opening as wire captions do ("FILE - In this Oct. 27, 2012 file photo, ...");</li>
 *   <li>is short and also occurs in another article of the cluster;</li>
 *   <li>trails the article's last real paragraph and is short (closing thanks, credits).</li>
 * </ul>
 * Inside kept paragraphs, photo credits such as "Photo: Reuters" are cut. The result is the
 * cleaned text that citations index: kept paragraphs joined by blank lines. Debris that sits
 * inside a prose paragraph as a sentence of its own is recognized by {@link #isDebrisSentence},
 * which keeps it out of summaries.
 */
public final class DebrisRemover {
  private static final int SHORT_WORDS = 8;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*$|[\"”]$");
  private static final Pattern WEB_PROMPT = Pattern.compile(
      "\\b(leave a (reply|comment)|share (this|on|via)|click here|sign up|subscribe|follow us"
          + "|read more|related (articles|stories|coverage)|all rights reserved|copyright|©"
          + "|advertisement|sponsored|cookie|newsletter|comments?\\b.*\\bclosed|print this"
          + "|email this|tweet with a location|you can add location information)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Site furniture that no article prose says, whatever the paragraph's length. */
  private static final Pattern SITE_FURNITURE = Pattern.compile(
      "location information to your tweets|tweet location history|crawl data to the internet archive"
          + "|archive pages as they are created|breaking news alerts|continue reading the main story"
          + "|story continues? below|scroll down for video|sign up for (our|the) .{0,30}newsletter"
          + "|enable javascript|javascript is disabled|update your browser|privacy policy"
          + "|terms of (use|service)|cookie policy|use of cookies|all rights reserved"
          + "|this material may not be published|download the app|follow us on (twitter|facebook)"
          + "|add this video to your (website|site)|embed this video|by copying the code below",
      Pattern.CASE_INSENSITIVE);
  /**
   * Lower-case words one of which every {@link #SITE_FURNITURE} match holds: looked for first,
   * as a plain search is far cheaper than the pattern's many alternatives at every position.
   */
  private static final String[] FURNITURE_WORDS = {"tweet", "archive", "alerts", "continue reading",
      "below", "scroll", "newsletter", "javascript", "browser", "privacy", "terms of", "cookie",
      "rights reserved", "may not be published", "download", "follow us", "this video"};
  /** A prompt to the reader, as a sentence opens with it: "Click here to ...", "Sign up for ...". */
  private static final Pattern SENTENCE_PROMPT = Pattern.compile(
      "(click|tap here|sign up|subscribe|follow us|share this|read more|read or share this"
          + "|leave a (reply|comment)|email this|print this)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLICK_HERE = Pattern.compile("\\bclick here\\b");
  /** A contributor line: "Rachel E. Stassen-Berger contributed to this report." */
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "\\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\\b");
  /** A link's prompt ending on "here": "Find more details about cabin availability and prices here." */
  private static final Pattern PROMPT_HERE = Pattern.compile(
      "^(?:Find|See|Read|Check|Learn|Watch|Get|Go|Visit|Listen|Sign|Download|Donate)\\b.*\\bhere[.!]?$");
  /** A link's label: "Related: ...", "RELATED GALLERY: ...", "Read more: ...", "WATCH: ...". */
  private static final Pattern LINK_LABEL = Pattern.compile(
      "^(RELATED|Related|READ MORE|Read [Mm]ore|SEE ALSO|See [Aa]lso|MORE|WATCH|Watch|VIDEO|PHOTOS?)"
          + "( [A-Z]{2,})*\\s*:");
  /**
   * A note about the page itself: "Correction: Earlier versions of this article misspelled ...",
   * "Editor's note: ...", "This story has been updated ...", a disclaimer ("The opinions
   * expressed are those of the writer.", "The author is a Forbes contributor.").
   */
  private static final Pattern PAGE_NOTE = Pattern.compile(
      "^(?:(?:Correction|CORRECTION|Clarification|CLARIFICATION|Editor['’]s [Nn]ote|EDITOR['’]S NOTE|Note|NOTE)s?\\s*:"
          + "|This (?:article|story|post|report) (?:has been|was) (?:updated|corrected|changed)"
          + "(?: to | with | since | after | at |\\.|$)"
          + "|The (?:opinions|views) expressed (?:here |in this \\w+ )?are (?:those of|solely)"
          + "|The author is an? (?:[\\w-]+ ){0,3}contributor\\b)");
  /**
   * A media item's labels, as pages print them above or below a photo or a video and extraction
   * runs them into its caption: "Image copyright AFP Image caption Lauri Love attended the appeal
   * hearing ...", "Media caption Tsai Ing-wen said ...", "Photo credit ...". A word for the
   * medium, then one for the label, then the label's text in capitals.
   */
  private static final Pattern MEDIA_LABEL = Pattern.compile(
      "\\b(?:Image|Media|Photo|Picture|Video)\\s+(?:copyright|caption|credit|source)\\s+(?=\\p{Lu}|[\"'\u201C\u2018])");
  /**
   * A site's navigation list run into a sentence: "Senate | House | Administration | ...": at
   * least three items of one to four words, each opening in a capital, between vertical bars.
   * Article prose does not use the bar.
   */
  private static final Pattern NAVIGATION_LIST = Pattern.compile(
      "(?:^|\\|)\\s*\\p{Lu}[\\p{L}\\p{N}&'.-]*(?:\\s+[\\p{L}\\p{N}&'.-]+){0,3}\\s*\\|"
          + "\\s*\\p{Lu}[\\p{L}\\p{N}&'.-]*(?:\\s+[\\p{L}\\p{N}&'.-]+){0,3}\\s*\\|");
  /** Wire-photo captions: "FILE - In this Oct. 27, 2012 file photo, ..." */
  private static final Pattern CAPTION_LEAD = Pattern.compile(
      "^(FILE\\s*[-–—]\\s*)?In this .{0,50}?\\b(photo|picture|image)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(^|\\s)(/|\\||photo|image|credit|getty|reuters|ap|afp|epa|associated press|via)(\\s|$|:)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_DATE = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November"
          + "|December)( \\d{1,2},)? \\d{4}\\.?$");
  private static final Pattern INLINE_CREDIT = Pattern.compile(
      "\\s*\\(?\\b(Photo|Image|Picture|Photograph|Credit)s?( by)?\\s*:\\s*[^.()\\n]{1,60}\\)?\\.?\\s*$"
          + "|\\s*\\((Photo|Image|Picture|Photograph|Credit)s?( by)?\\s*:\\s*[^()\\n]{1,60}\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern TITLE_DEBRIS = Pattern.compile(
      "\\bdate \\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\badvertisement\\b|\\s+\\d{1,2}$",
      Pattern.CASE_INSENSITIVE);

  /** What was removed from an article, and why: for tests and for the curious. */
  public record Removal(String text, String reason) {}

  /** One article's cleaned text and what was removed from it. */
  public record Cleaned(String text, List<Removal> removed) {
    public Cleaned {
      removed = List.copyOf(removed);
    }
  }

  /**
   * Cleans each article of a cluster.
   *
   * @param titles the headlines, one per article ("" where there is none)
   * @param texts  the article bodies as read, in the same order
   * @return the cleaned texts, in the same order
   */
  public List<Cleaned> clean(List<String> titles, List<String> texts) {
    if (titles.size() != texts.size()) {
      throw new IllegalArgumentException(
          titles.size() + " titles for " + texts.size() + " texts; give one title per text");
    }
    List<List<String>> paragraphs = new ArrayList<>();
    List<int[]> runs = new ArrayList<>();
    Map<String, Set<Integer>> sharedBy = new HashMap<>();
    for (int a = 0; a < texts.size(); a++) {
      List<String> ps = paragraphsOf(texts.get(a));
      paragraphs.add(ps);
      int[] r = new int[ps.size()];
      for (int i = 0; i < r.length; i++) r[i] = Words.letterRuns(ps.get(i));
      runs.add(r);
      // Only short paragraphs are looked up (cleanOne): a paragraph's key keeps its runs of
      // letters and digits, so a long one never shares a key with a short one.
      for (int i = 0; i < r.length; i++) {
        if (r[i] < SHORT_WORDS * 2) {
          sharedBy.computeIfAbsent(key(ps.get(i)), k -> new HashSet<>()).add(a);
        }
      }
    }
    List<Cleaned> out = new ArrayList<>();
    for (int a = 0; a < texts.size(); a++) {
      out.add(cleanOne(titles.get(a), paragraphs.get(a), runs.get(a), sharedBy));
    }
    return out;
  }

  /** Cleans one article's paragraphs {@code ps}, of {@code runs} runs of letters each. */
  private Cleaned cleanOne(String title, List<String> ps, int[] runs,
      Map<String, Set<Integer>> sharedBy) {
    List<Removal> removed = new ArrayList<>();
    String[] reason = new String[ps.size()];
    String[] lower = new String[ps.size()];
    Set<String> titleWords = words(title);
    int lastReal = -1;
    for (int i = 0; i < ps.size(); i++) {
      String p = ps.get(i);
      int words = runs[i];
      boolean endsLikeSentence = endsLikeSentence(p);
      if (isTitleRepeat(p, titleWords)) {
        reason[i] = "repeats the headline";
      } else if (words < 15 && WEB_PROMPT.matcher(p).find() || siteFurniture(lower[i] = p.toLowerCase(Locale.ROOT))) {
        reason[i] = "web prompt";
      } else if (!endsLikeSentence && words < 12) {
        reason[i] = "short and not a sentence";
      } else if (words < SHORT_WORDS * 2 && sharedBy.get(key(p)).size() > 1) {
        reason[i] = "short and repeated in another article";
      } else if (isCaption(ps, i, words) || mediaLabel(p)) {
        reason[i] = "photo caption";
      } else if (words >= 12 && endsLikeSentence) {
        lastReal = i;
      }
    }
    for (int i = lastReal + 1; i < ps.size(); i++) {
      if (reason[i] == null && runs[i] < SHORT_WORDS) reason[i] = "short closing line";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < ps.size(); i++) {
      if (reason[i] != null) {
        removed.add(new Removal(ps.get(i), reason[i]));
        continue;
      }
      String p = mayHoldCredit(lower[i]) ? INLINE_CREDIT.matcher(ps.get(i)).replaceAll("").strip()
          : ps.get(i).strip();
      if (p.isEmpty()) continue;
      if (text.length() > 0) text.append("\n\n");
      text.append(p);
    }
    return new Cleaned(text.toString(), removed);
  }

  /**
   * Whether one sentence of a kept paragraph is page debris all the same: a prompt to the reader
   * ("Click here to get those and more in the PEOPLE Babies newsletter.", "Find more details about
   * cabin availability and prices here."), a contributor line ("Rachel E. Stassen-Berger
   * contributed to this report."), site furniture
   * ("Add this video to your website by copying the code below.") or a link's label ("RELATED
   * GALLERY: ..."). Pages whose paragraphs ran together leave these inside prose paragraphs,
   * where the paragraph rules cannot see them.
   */
  public static boolean isDebrisSentence(String sentence) {
    if (SENTENCE_PROMPT.matcher(sentence).lookingAt() || LINK_LABEL.matcher(sentence).lookingAt()
        || pageNote(sentence) || videoWidget(sentence) || mediaLabel(sentence)
        || navigationList(sentence)) {
      return true;
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    return lower.contains("click here") && CLICK_HERE.matcher(lower).find() || siteFurniture(lower)
        || lower.contains("contributed") && CONTRIBUTED.matcher(lower).find()
        || sentence.endsWith("here.") && PROMPT_HERE.matcher(sentence).find();
  }

  /**
   * Whether {@code text} holds a media item's labels ({@link #MEDIA_LABEL}): "Image copyright PA
   * Image caption Supporters warned ...". Tried only where " caption", " copyright", " credit" or
   * " source" follows one of the media's words.
   */
  static boolean mediaLabel(String text) {
    return (text.contains(" caption ") || text.contains(" copyright ") || text.contains(" credit ")
        || text.contains(" source ")) && MEDIA_LABEL.matcher(text).find();
  }

  /**
   * Whether {@code sentence} holds a site's navigation list ({@link #NAVIGATION_LIST}): "Senate |
   * House | Administration | Politics The Senate voted ...". Tried only where two bars are.
   */
  static boolean navigationList(String sentence) {
    int bar = sentence.indexOf('|');
    return bar >= 0 && sentence.indexOf('|', bar + 1) > 0 && NAVIGATION_LIST.matcher(sentence).find();
  }

  /**
   * A video player's or a live page's labels run into its captions: "JUST WATCHED Winter storm
   * batters U.S. Replay More Videos ... MUST WATCH ...", "SHARE COPY LINK Three members of a family
   * describe ...", "LATEST SFGATE VIDEOS", "UPDATES Who Will Be Captain America?".
   */
  private static final Pattern VIDEO_WIDGET = Pattern.compile(
      "(?:JUST WATCHED|MUST WATCH|SHARE COPY LINK|LATEST [A-Z]+ VIDEOS|UPDATES) ");

  /** {@link #VIDEO_WIDGET}, tried only on sentences opening with two capitals. */
  private static boolean videoWidget(String sentence) {
    return sentence.length() > 2 && Character.isUpperCase(sentence.charAt(0))
        && Character.isUpperCase(sentence.charAt(1)) && VIDEO_WIDGET.matcher(sentence).lookingAt();
  }

  /** {@link #PAGE_NOTE}, tried only on sentences opening with a letter one of its forms opens with. */
  private static boolean pageNote(String sentence) {
    if (sentence.isEmpty()) return false;
    char c = sentence.charAt(0);
    return (c == 'C' || c == 'E' || c == 'T' || c == 'N') && PAGE_NOTE.matcher(sentence).lookingAt();
  }

  /** Whether {@link #INLINE_CREDIT} can match: the paragraph names a photo, image, picture or credit. */
  /** Whether a paragraph, lower-cased, has a word every {@link #INLINE_CREDIT} match holds. */
  private static boolean mayHoldCredit(String lower) {
    // Both of its forms have the colon after the word.
    return lower.indexOf(':') >= 0 && (lower.contains("photo") || lower.contains("image") || lower.contains("picture")
        || lower.contains("credit"));
  }

  /**
   * {@link #SITE_FURNITURE} (case-insensitive) found in {@code lower}, a text in lower case, tried
   * only where one of its words is.
   */
  private static boolean siteFurniture(String lower) {
    for (String w : FURNITURE_WORDS) {
      if (lower.contains(w)) return SITE_FURNITURE.matcher(lower).find();
    }
    return false;
  }

  /**
   * A headline without debris: date stamps, ad markers and a stray trailing number are cut, and
   * what is left is dropped (giving "") if it is under three words or a web prompt.
   */
  public String cleanTitle(String title) {
    String t = TITLE_DEBRIS.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
    if (Words.letterRuns(t) < 3 || WEB_PROMPT.matcher(t).find() && Words.letterRuns(t) < 6) return "";
    return t;
  }

  /** Whether paragraph {@code i}, of {@code words} runs of letters, is a photo's caption. */
  private static boolean isCaption(List<String> ps, int i, int words) {
    String p = ps.get(i);
    // A caption's date ends it ("... September 30, 2019."): only the last characters can match.
    if (words < 60 && CAPTION_DATE.matcher(p.substring(Math.max(0, p.length() - 32))).find()) {
      return true;
    }
    // The lead only where it can be (the pattern ignores ASCII case; regionMatches ignores more).
    if ((p.regionMatches(true, 0, "In this", 0, 7) || p.regionMatches(true, 0, "FILE", 0, 4))
        && CAPTION_LEAD.matcher(p).lookingAt()) {
      return true;
    }
    if (i + 1 >= ps.size()) return false;
    String next = ps.get(i + 1);
    return Words.letterRuns(next) <= 4 && CREDIT_LINE.matcher(next).find()
        && !endsLikeSentence(next);
  }

  /**
   * Whether {@code p} ends as a sentence does: what {@link #SENTENCE_END} finds, by a look at its
   * last characters instead of a search from every one ({@code $} also matches before a final
   * line terminator).
   */
  static boolean endsLikeSentence(String p) {
    int n = p.length();
    if (endsLikeSentence(p, n)) return true;
    if (n >= 2 && p.charAt(n - 2) == '\r' && p.charAt(n - 1) == '\n') return endsLikeSentence(p, n - 2);
    return n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(p.charAt(n - 1)) >= 0
        && endsLikeSentence(p, n - 1);
  }

  private static boolean endsLikeSentence(String p, int end) {
    if (end > 0 && (p.charAt(end - 1) == '"' || p.charAt(end - 1) == '”')) return true;
    int j = end;
    while (j > 0 && "\"'”’)]".indexOf(p.charAt(j - 1)) >= 0) j--;
    return j > 0 && ".!?".indexOf(p.charAt(j - 1)) >= 0;
  }

  private static boolean isTitleRepeat(String p, Set<String> titleWords) {
    if (titleWords.isEmpty()) return false;
    Set<String> ws = words(p, titleWords.size() + 5);
    if (ws.isEmpty() || ws.size() > titleWords.size() + 4) return false;
    int shared = 0;
    for (String w : ws) if (titleWords.contains(w)) shared++;
    return shared >= 0.8 * titleWords.size();
  }

  static List<String> paragraphsOf(String text) {
    List<String> out = new ArrayList<>();
    boolean ldcQuotes = text.contains("``");
    for (String line : text.split("\n")) {
      String p = windows1252(line).strip();
      if (p.isEmpty()) continue;
      if (ldcQuotes) p = ldcQuotes(p);
      // Links and italics lifted out of a page leave a space before the punctuation that
      // followed them ("a tipping point ; others have called it a reckoning ."); a spaced
      // ellipsis (". . .") stays.
      if (spaceBeforeMark(p)) p = SPACE_BEFORE_MARK.matcher(p).replaceAll("");
      out.add(p);
    }
    return out;
  }

  /**
   * {@code line} with the quotation marks of newswire as LDC and DUC distribute it, two grave
   * accents to open and two apostrophes to close ("``We will not back down,'' he said."), written
   * as the curly marks they stand for, so that the reading rules see quotations. Called only on
   * an article that has the opening mark somewhere: elsewhere two apostrophes are left as they are.
   */
  static String ldcQuotes(String line) {
    if (!line.contains("``") && !line.contains("''")) return line;
    return line.replace("``", "\u201C").replace("''", "\u201D");
  }

  /**
   * {@code line} with the C1 control characters (U+0080 to U+009F) that a page in Windows-1252
   * read as Latin-1 leaves for its punctuation put back as what they stand for: "\u0097 UPDATE:"
   * is "— UPDATE:", "\u0092" an apostrophe.
   */
  static String windows1252(String line) {
    // Most lines have none: one plain scan, and the line itself back.
    int i = 0;
    while (i < line.length() && (line.charAt(i) < '\u0080' || line.charAt(i) > '\u009F')) i++;
    if (i == line.length()) return line;
    StringBuilder b = new StringBuilder(line.length());
    for (int j = 0; j < line.length(); j++) {
      char c = line.charAt(j);
      if (c >= '\u0080' && c <= '\u009F') {
        String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
        // Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay out.
        if (mapped.charAt(0) != '\uFFFD' && (mapped.charAt(0) < '\u0080' || mapped.charAt(0) > '\u009F')) b.append(mapped);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

  /** Whether a space comes right before one of ",;:.!?": the plain search that gates {@link #SPACE_BEFORE_MARK}. */
  private static boolean spaceBeforeMark(String p) {
    return p.contains(" ,") || p.contains(" .") || p.contains(" ;") || p.contains(" :")
        || p.contains(" !") || p.contains(" ?");
  }

  /** Spaces between a word and the comma, semicolon, colon or full stop that ends it. */
  private static final Pattern SPACE_BEFORE_MARK = Pattern.compile(
      "(?<=[\\p{L}\\p{N}])[ \\t]+(?=[,;:!?](?:\\s|$)|\\.(?:\\s(?!\\.)|$))");

  /** A paragraph's identity across articles: lower case, digits as 0, runs of space as one. */
  private static String key(String p) {
    StringBuilder b = new StringBuilder(p.length());
    boolean space = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) b.append(' ');
      space = false;
      b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static Set<String> words(String s) {
    return words(s, Integer.MAX_VALUE);
  }

  /** The distinct words of {@code s}, lower-cased, found until there are {@code max}. */
  private static Set<String> words(String s, int max) {
    Set<String> out = new HashSet<>();
    var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (out.size() < max && m.find()) out.add(m.group());
    return out;
  }
}
