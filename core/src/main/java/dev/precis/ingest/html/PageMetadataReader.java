package dev.precis.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's headline, publication date, canonical URL, outlet and JSON-LD article body from
 * its {@code <meta>} and {@code <link>} tags, its JSON-LD blocks and, failing those, its first
 * {@code <h1>} and {@code <title>}. Bad JSON-LD is ignored (many sites ship it broken).
 */
final class PageMetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[itemprop=datePublished]",
    "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
    "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date]",
    "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=date]",
    "meta[property=og:published_time]", "meta[name=article.published]"
  };

  PageMetadata read(Document doc) {
    String ldTitle = "";
    String ldDate = "";
    String ldBody = "";
    String ldOutlet = "";
    String ldAuthor = "";
    for (Element script : doc.select("script[type=application/ld+json]")) {
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
    String title = first(meta(doc, "meta[property=og:title]"), ldTitle,
        meta(doc, "meta[name=twitter:title]"), text(doc.selectFirst("h1")), doc.title());
    String date = ldDate;
    for (String q : DATE_META) date = first(date, meta(doc, q));
    Element time = doc.selectFirst("time[datetime]");
    date = first(date, time == null ? "" : time.attr("datetime"));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = first(canonical == null ? "" : canonical.absUrl("href"),
        meta(doc, "meta[property=og:url]"));
    String outlet = first(meta(doc, "meta[property=og:site_name]"), ldOutlet);
    String byline = first(ldAuthor, notUrl(meta(doc, "meta[name=author]")),
        notUrl(meta(doc, "meta[property=article:author]")), shortText(doc, "[rel=author]"),
        shortText(doc, "[itemprop=author] [itemprop=name]"), shortText(doc, "[itemprop=author]"),
        shortText(doc, ".byline, .author, .byline-name, .author-name"));
    Element html = doc.selectFirst("html[lang]");
    String lang = first(html == null ? "" : html.attr("lang"),
        meta(doc, "meta[http-equiv=content-language]"), meta(doc, "meta[property=og:locale]"));
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
  private static String shortText(Document doc, String query) {
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

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    return e == null ? "" : e.attr("content");
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
