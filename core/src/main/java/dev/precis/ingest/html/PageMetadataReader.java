package dev.precis.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reads a page's headline, publication date, byline, language, canonical URL, outlet and JSON-LD
 * article body from what pages carry in general: JSON-LD (the article's {@code headline},
 * {@code datePublished}, {@code author}, {@code publisher}, {@code articleBody}), {@code <meta>}
 * tags (Open Graph, {@code article:*}, Dublin Core, {@code author}, Parse.ly's), {@code itemprop}
 * and {@code rel=author} markup, {@code <time datetime>}, a byline element or a short "By ..."
 * line right under the headline, and failing those the first {@code <h1>} and the
 * {@code <title>}. Bad JSON-LD is ignored (many sites ship it broken); JSON-LD wrapped in CDATA or
 * an HTML comment, as XHTML pages write it, is read.
 *
 * <p>One walk of the page finds every element it reads. Never names a site.
 */
final class PageMetadataReader {
  private static final String[] DATE_META = {
    "property=article:published_time", "property=og:article:published_time",
    "itemprop=datepublished", "name=pubdate", "name=publishdate", "name=publish-date",
    "name=parsely-pub-date", "name=sailthru.date", "name=dc.date.issued", "name=dc.date",
    "name=dcterms.date", "name=dcterms.created", "name=citation_publication_date", "name=date",
    "property=og:published_time", "name=article.published"
  };
  private static final String[] AUTHOR_META = {
    "name=author", "property=author", "property=article:author", "property=og:article:author",
    "name=dc.creator", "name=dcterms.creator", "name=parsely-author", "name=sailthru.author",
    "name=citation_author", "itemprop=author"
  };
  private static final Set<String> AUTHOR_KEYS = Set.of(AUTHOR_META);
  private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
  /** A word meaning "by" that opens a byline, in the languages of the benchmark pages. */
  private static final Pattern BY = Pattern.compile(
      "^(by|por|par|von|di|da|door|av|af|przez|от|автор)[:\\s]\\s*", Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE);
  private static final Pattern CDATA = Pattern.compile(
      "^\\s*(//\\s*)?(<!\\[CDATA\\[|<!--)|(//\\s*)?(\\]\\]>|-->)\\s*$");
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero"
      + "|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
      + "|janvier|f\u00e9vrier|mars|avril|mai|juin|juillet|ao\u00fbt|septembre|octobre|novembre"
      + "|d\u00e9cembre|januar|februar|m\u00e4rz|juni|juli|oktober|dezember)\\p{L}*\\.?";
  /**
   * Where a date or time stamp starts in a byline line ("Jane Doe - Apr 16, 2015 8:02 pm",
   * "Jane Doe 16 November 2017", "Jane Doe Updated: ..."): the name ends there.
   */
  private static final Pattern DATE_TAIL = Pattern.compile("[\\s\\p{Pd}|\u2022,\u00b7]*(\\b"
      + MONTH + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?(\\s+de)?\\s+" + MONTH
      + "|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b\\d{1,2}:\\d{2}"
      + "|\\b(last )?(updated|published|posted)\\b).*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  /** A byline line's words before its "by" ("Tech Industry by Jane Doe"): a section's label. */
  private static final Pattern LABEL_BEFORE_BY = Pattern.compile("^.{1,40}?\\s(by|por|par|von)"
      + "\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  /** How far under the headline a "By ..." line is looked for, in elements. */
  private static final int BYLINE_REACH = 25;

  PageMetadata read(Document doc) {
    Found f = walk(doc);
    JsonLd ld = new JsonLd();
    for (Element script : f.jsonLd) ld.read(script.data());
    Map<String, String> metas = f.metas;
    String outlet = first(metas.getOrDefault("property=og:site_name", ""), ld.outlet);
    String title = headline(f.h1 == null ? "" : f.h1.text(), doc.title(), outlet,
        metas.getOrDefault("property=og:title", ""), ld.title,
        metas.getOrDefault("name=twitter:title", ""));
    String date = ld.date;
    for (String q : DATE_META) date = first(date, metas.getOrDefault(q, ""));
    if (date.isBlank()) date = f.time == null ? "" : f.time.attr("datetime");
    String url = first(f.canonical == null ? "" : f.canonical.absUrl("href"),
        metas.getOrDefault("property=og:url", ""));
    String byline = ld.author;
    for (String q : AUTHOR_META) byline = first(byline, f.authors.getOrDefault(q, ""));
    if (byline.isBlank()) byline = f.byline;
    String lang = first(f.lang, metas.getOrDefault("http-equiv=content-language", ""),
        metas.getOrDefault("property=og:locale", ""));
    return new PageMetadata(clean(title), clean(date), url.trim(), clean(outlet), ld.body,
        trimByline(clean(byline)), clean(lang));
  }

  /**
   * The headline among what the page offers: its Open Graph title, JSON-LD headline and Twitter
   * title, its first {@code <h1>} and its {@code <title>}. The one that what the reader sees
   * holds whole (the {@code <h1>}, the {@code <title>} before the site's name) wins, in that
   * order when several do; when none is, the first given. A candidate that is the outlet's name
   * (a logo in an {@code <h1>}) is taken only when there is nothing else.
   */
  private static String headline(String h1, String pageTitle, String outlet, String... metas) {
    List<String> candidates = new ArrayList<>(List.of(metas));
    candidates.add(h1);
    candidates.add(pageTitle);
    String h = words(h1);
    String t = words(pageTitle);
    String o = words(outlet);
    String best = "";
    int bestScore = -1;
    for (String c : candidates) {
      String w = words(c);
      if (w.isEmpty() || w.equals(o)) continue;
      int score = 0;
      if (c != h1 && holds(h, w)) score++;
      if (c != pageTitle && holds(t, w)) score++;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return bestScore >= 0 ? best : first(candidates.toArray(String[]::new));
  }

  /** Lower-cased words of a text, one space between them. */
  private static String words(String s) {
    return String.join(" ", BlockFeatures.tokens(s));
  }

  /** Whether {@code text} holds the words {@code part} whole. */
  private static boolean holds(String text, String part) {
    return !text.isEmpty() && (" " + text + " ").contains(" " + part + " ");
  }

  /** What one walk of the page finds. */
  private static final class Found {
    final List<Element> jsonLd = new ArrayList<>();
    final Map<String, String> metas = new HashMap<>();
    /** The author metas by key, every name a page gives (one meta per author) joined. */
    final Map<String, String> authors = new HashMap<>();
    Element h1;
    Element time;
    Element canonical;
    String lang = "";
    String byline = "";
    int afterHeadline = -1;
  }

  private static Found walk(Document doc) {
    Found f = new Found();
    for (Element e : PageElements.of(doc)) {
      String tag = e.normalName();
      switch (tag) {
        case "script" -> {
          if (e.attr("type").trim().equalsIgnoreCase("application/ld+json")) f.jsonLd.add(e);
          continue;
        }
        case "meta" -> {
          meta(e, f.metas, f.authors);
          continue;
        }
        case "link" -> {
          if (f.canonical == null && e.hasAttr("href")
              && e.attr("rel").trim().equalsIgnoreCase("canonical")) {
            f.canonical = e;
          }
        }
        case "html" -> {
          if (f.lang.isEmpty() && e.hasAttr("lang")) f.lang = e.attr("lang");
        }
        case "h1" -> {
          if (f.h1 == null) {
            f.h1 = e;
            f.afterHeadline = 0;
            continue;
          }
        }
        case "time" -> {
          if (f.time == null && e.hasAttr("datetime")) f.time = e;
        }
        default -> { }
      }
      if (!f.byline.isEmpty()) continue;
      if (e.attributesSize() > 0 && (authorMarkup(e) || f.afterHeadline >= 0 && namedByline(e))) {
        f.byline = bylineText(e);
      } else if (f.afterHeadline >= 0 && f.afterHeadline++ < BYLINE_REACH) {
        f.byline = byLine(e);
      }
    }
    return f;
  }

  /**
   * Whether the page marks {@code e} as its author: {@code rel=author}, {@code itemprop=author},
   * or the {@code itemprop=name} of an author.
   */
  private static boolean authorMarkup(Element e) {
    if (has(e.attr("rel"), "author") || has(e.attr("itemprop"), "author")) return true;
    if (!e.attr("itemprop").equalsIgnoreCase("name")) return false;
    Element p = e.parent();
    for (int up = 0; p != null && up < 3; up++, p = p.parent()) {
      if (has(p.attr("itemprop"), "author")) return true;
    }
    return false;
  }

  /** Whether {@code e}'s class or id names it a byline or the author's. */
  private static boolean namedByline(Element e) {
    return names(e.attr("class")) || names(e.attr("id"));
  }

  private static boolean names(String name) {
    return has(name, "byline") || has(name, "author") || has(name, "writtenby");
  }

  /** Whether {@code value} holds {@code word} (lower case), in any case; without copying it. */
  private static boolean has(String value, String word) {
    int last = value.length() - word.length();
    char first = word.charAt(0);
    for (int i = 0; i <= last; i++) {
      if (Character.toLowerCase(value.charAt(i)) == first
          && value.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name in a byline element's text when it is short enough to be one, else "". A mail or
   * profile link ({@code <link rel=author href=...>}) has no text and gives "".
   */
  private static String bylineText(Element e) {
    String t = shortText(e, 100);
    return t.isEmpty() ? "" : BY.matcher(t).replaceFirst("");
  }

  /** The name in a short line that opens with "By" ({@code <p>By Jane Doe</p>}), else "". */
  private static String byLine(Element e) {
    if (!e.isBlock()) return "";
    String t = shortText(e, 100);
    if (t.isEmpty() || !BY.matcher(t).find()) return "";
    String name = BY.matcher(t).replaceFirst("");
    // a name opens with a capital letter ("by the way ..." does not)
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) return "";
    return name;
  }

  /**
   * {@code e}'s text, whitespace collapsed, when under {@code max} characters, else "": read
   * without building the text of a large element (the article's container may follow the
   * headline).
   */
  private static String shortText(Element e, int max) {
    StringBuilder b = new StringBuilder();
    boolean[] over = {false};
    e.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          b.append(t.text()).append(' ');
          if (b.length() > 4 * max) {
            over[0] = true;
            return FilterResult.STOP;
          }
        } else if (node instanceof Element x && x.isBlock()) {
          b.append(' ');
        }
        return FilterResult.CONTINUE;
      }
    });
    if (over[0]) return "";
    String t = clean(b.toString());
    return t.length() < max ? t : "";
  }

  /**
   * A byline without what its line adds around the name: a section's label before "by", a date
   * or time stamp after it. Empty when nothing but a stamp is left.
   */
  static String trimByline(String byline) {
    String t = LABEL_BEFORE_BY.matcher(byline).replaceFirst("");
    t = DATE_TAIL.matcher(t).replaceFirst("").trim();
    return BY.matcher(t).replaceFirst("").trim();
  }

  private static void meta(Element m, Map<String, String> out, Map<String, String> authors) {
    String content = m.attr("content");
    if (content.isBlank()) return;
    for (String key : META_KEYS) {
      String v = m.attr(key);
      if (v.isEmpty()) continue;
      String k = key + "=" + v.toLowerCase(Locale.ROOT);
      out.putIfAbsent(k, content);
      if (AUTHOR_KEYS.contains(k)) {
        String name = name(content);
        String had = authors.getOrDefault(k, "");
        if (name.isEmpty() || (", " + had + ", ").contains(", " + name + ", ")) continue;
        authors.put(k, had.isEmpty() ? name : had + ", " + name);
      }
    }
  }

  /** What the page's JSON-LD says of its article, the first value of each field winning. */
  private static final class JsonLd {
    String title = "";
    String date = "";
    String body = "";
    String outlet = "";
    String author = "";
    // from nodes that are not typed as an article (a WebPage with a date), used when no
    // article node gives the field
    String otherDate = "";

    void read(String script) {
      String text = CDATA.matcher(script).replaceAll("");
      JsonNode root;
      try {
        root = JsonCodec.parse(text);
      } catch (Exception e) {
        return;
      }
      if (root == null) return;
      Deque<JsonNode> todo = new ArrayDeque<>();
      todo.add(root);
      int visited = 0;
      while (!todo.isEmpty() && visited++ < 10_000) {
        JsonNode n = todo.poll();
        if (n.isArray()) {
          n.forEach(todo::add);
          continue;
        }
        if (!n.isObject()) continue;
        if (n.has("@graph")) todo.add(n.get("@graph"));
        if (n.hasNonNull("articleBody") && body.isEmpty()) body = n.get("articleBody").asText();
        boolean article = n.has("articleBody") || typeContains(n, "Article")
            || typeContains(n, "BlogPosting") || typeContains(n, "Report");
        if (!article) {
          if (otherDate.isEmpty() && n.hasNonNull("datePublished")) {
            otherDate = n.get("datePublished").asText();
          }
          continue;
        }
        if (title.isEmpty() && n.hasNonNull("headline")) title = n.get("headline").asText();
        if (date.isEmpty() && n.hasNonNull("datePublished")) date = n.get("datePublished").asText();
        if (author.isEmpty()) author = names(n.get("author"));
        JsonNode pub = n.get("publisher");
        if (outlet.isEmpty() && pub != null && pub.hasNonNull("name")) {
          outlet = pub.get("name").asText();
        }
      }
      if (date.isEmpty()) date = otherDate;
    }
  }

  /** The names of JSON-LD authors: a string, an object with a name, or a list of those. */
  private static String names(JsonNode author) {
    if (author == null || author.isNull()) return "";
    if (author.isTextual()) return name(author.asText());
    if (author.isObject()) return name(author.path("name").asText(""));
    if (author.isArray()) {
      Set<String> all = new LinkedHashSet<>();
      for (JsonNode a : author) {
        String one = names(a);
        if (!one.isBlank()) all.add(one);
      }
      return String.join(", ", all);
    }
    return "";
  }

  /** A name as a field gives it: "" for a profile URL, without a leading "By". */
  private static String name(String s) {
    String t = s.trim();
    if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) return "";
    return BY.matcher(t).replaceFirst("");
  }

  private static boolean typeContains(JsonNode n, String type) {
    JsonNode t = n.get("@type");
    if (t == null) return false;
    if (t.isArray()) {
      for (JsonNode x : t) if (x.asText().contains(type)) return true;
      return false;
    }
    return t.asText().contains(type);
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return "";
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
