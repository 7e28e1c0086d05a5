package dev.precis.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads a page's headline, publication date, canonical URL, outlet and JSON-LD article body from
 * its {@code <meta>} and {@code <link>} tags, its JSON-LD blocks and, failing those, its first
 * {@code <h1>} and {@code <title>}. Bad JSON-LD is ignored (many sites ship it broken).
 */
final class PageMetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] DATE_META = {
    "property=article:published_time", "itemprop=datepublished",
    "name=pubdate", "name=publishdate", "name=publish-date",
    "name=parsely-pub-date", "name=sailthru.date", "name=dc.date",
    "name=dc.date.issued", "name=dcterms.date", "name=date",
    "property=og:published_time", "name=article.published"
  };
  private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
  private static final Evaluator H1 = Selector.evaluatorOf("h1");
  private static final Evaluator TIME = Selector.evaluatorOf("time[datetime]");
  private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical][href]");
  private static final Evaluator HTML_LANG = Selector.evaluatorOf("html[lang]");
  private static final Evaluator BYLINE = Selector.evaluatorOf("[rel=author], [itemprop=author]"
      + " [itemprop=name], [itemprop=author], .byline, .author, .byline-name, .author-name");
  private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

  PageMetadata read(Document doc) {
    String ldTitle = "";
    String ldDate = "";
    String ldBody = "";
    String ldOutlet = "";
    String ldAuthor = "";
    for (Element script : doc.select(JSON_LD)) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        continue;
      }
      if (root == null) continue;
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
        if (n.hasNonNull("articleBody") && ldBody.isEmpty()) ldBody = n.get("articleBody").asText();
        boolean article = n.has("articleBody") || typeContains(n, "Article")
            || typeContains(n, "BlogPosting") || typeContains(n, "Report");
        if (article) {
          if (ldTitle.isEmpty() && n.hasNonNull("headline")) ldTitle = n.get("headline").asText();
          if (ldDate.isEmpty() && n.hasNonNull("datePublished")) {
            ldDate = n.get("datePublished").asText();
          }
          if (ldAuthor.isEmpty()) ldAuthor = names(n.get("author"));
          JsonNode pub = n.get("publisher");
          if (ldOutlet.isEmpty() && pub != null && pub.hasNonNull("name")) {
            ldOutlet = pub.get("name").asText();
          }
        }
      }
    }
    Map<String, String> metas = metas(doc);
    String title = first(metas.getOrDefault("property=og:title", ""), ldTitle,
        metas.getOrDefault("name=twitter:title", ""));
    if (title.isBlank()) title = first(text(doc.selectFirst(H1)), doc.title());
    String date = ldDate;
    for (String q : DATE_META) date = first(date, metas.getOrDefault(q, ""));
    if (date.isBlank()) {
      Element time = doc.selectFirst(TIME);
      date = time == null ? "" : time.attr("datetime");
    }
    Element canonical = doc.selectFirst(CANONICAL);
    String url = first(canonical == null ? "" : canonical.absUrl("href"),
        metas.getOrDefault("property=og:url", ""));
    String outlet = first(metas.getOrDefault("property=og:site_name", ""), ldOutlet);
    String byline = first(ldAuthor, notUrl(metas.getOrDefault("name=author", "")),
        notUrl(metas.getOrDefault("property=article:author", "")));
    if (byline.isBlank()) {
      byline = first(shortText(doc, BYLINE));
    }
    Element html = doc.selectFirst(HTML_LANG);
    String lang = first(html == null ? "" : html.attr("lang"),
        metas.getOrDefault("http-equiv=content-language", ""),
        metas.getOrDefault("property=og:locale", ""));
    return new PageMetadata(clean(title), clean(date), url.trim(), clean(outlet), ldBody,
        clean(byline), clean(lang));
  }

  /** The name of a JSON-LD author: a string, an object with a name, or a list of those. */
  private static String names(JsonNode author) {
    if (author == null || author.isNull()) return "";
    if (author.isTextual()) return notUrl(author.asText());
    if (author.isObject()) return author.path("name").asText("");
    if (author.isArray()) {
      StringBuilder b = new StringBuilder();
      for (JsonNode a : author) {
        String one = names(a);
        if (one.isBlank()) continue;
        if (b.length() > 0) b.append(", ");
        b.append(one);
      }
      return b.toString();
    }
    return "";
  }

  private static String notUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") ? "" : s;
  }

  /** The text of the first element matching {@code query} when it is short enough to be a name. */
  private static String shortText(Document doc, Evaluator query) {
    for (Element e : doc.select(query)) {
      String t = e.text().trim();
      if (!t.isEmpty() && t.length() < 100) return t;
    }
    return "";
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

  /**
   * The content of every {@code <meta>} by its key ({@code "property=og:title"}, the name
   * lower-cased), the first one winning: one walk of the page instead of one per field.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content");
      if (content.isBlank()) continue;
      for (String key : META_KEYS) {
        String v = m.attr(key);
        if (!v.isEmpty()) out.putIfAbsent(key + "=" + v.toLowerCase(Locale.ROOT), content);
      }
    }
    return out;
  }

  private static String text(Element e) {
    return e == null ? "" : e.text();
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return "";
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
