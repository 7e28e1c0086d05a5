package dev.precis.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.warc.WarcBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Entities;

/**
 * A Common Crawl News-shaped WARC.gz made of the project's data pages, for the job's test and
 * benchmark: the dated articles of the AllSides stream (../shared/data/allsides-events) as the
 * news pages their outlets would serve (headline, date, site name and canonical link in the page's
 * metadata, the article between site navigation and footer), a wire story republished by a second
 * outlet now and then (a near-duplicate), the real pages of the article-extraction set, and a few
 * records that are not articles (an image), as a crawl has them.
 */
final class NewsWarc {
  /** One HTTP response to write: its URL, body and Content-Type. */
  record Page(String url, byte[] body, String contentType) {}

  private NewsWarc() {}

  /**
   * The pages of the first {@code stories} AllSides stories (in time order), every
   * {@code syndicateEvery}-th article also republished by a second outlet (0 for never).
   */
  static List<Page> allsides(Path shared, int stories, int syndicateEvery) {
    Path file = shared.resolve("data/allsides-events/dev.jsonl.gz");
    List<Page> pages = new ArrayList<>();
    int article = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      int read = 0;
      for (String line; read < stories && (line = lines.readLine()) != null; read++) {
        for (JsonNode a : JsonCodec.parse(line).get("articles")) {
          String url = a.get("url").asText();
          String outlet = a.path("outlet").asText("");
          String time = a.path("time").asText("");
          pages.add(html(url, outlet, time, a.path("title").asText(""), a.path("text").asText(""),
              article));
          if (syndicateEvery > 0 && ++article % syndicateEvery == 0) {
            String copy = "https://news.example.org/wire/" + article + "/" + slug(a.path("title").asText(""));
            pages.add(html(copy, "Example Daily", time, a.path("title").asText(""),
                a.path("text").asText("") + "\n\nThis story was first published by " + outlet + ".",
                article + 1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the AllSides stream", e);
    }
    return pages;
  }

  /** The real pages of the article-extraction set, up to {@code limit}, with their URLs. */
  static List<Page> extractionPages(Path shared, int limit) {
    Path dir = shared.resolve("data/article-extraction");
    List<Page> pages = new ArrayList<>();
    try {
      JsonNode truth;
      try (InputStream in = Files.newInputStream(dir.resolve("ground-truth.json"))) {
        truth = JsonCodec.parse(in);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext() && pages.size() < limit; ) {
        Map.Entry<String, JsonNode> e = it.next();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + e.getKey() + ".html.gz")))) {
          pages.add(new Page(e.getValue().get("url").asText(), in.readAllBytes(), "text/html; charset=utf-8"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read the extraction pages", e);
    }
    return pages;
  }

  /** An image record, which the job reports and skips as a crawl's non-HTML responses. */
  static Page image(int n) {
    return new Page("https://news.example.org/static/logo-" + n + ".png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "image/png");
  }

  /** Writes {@code pages} in order to {@code warc}; answers how many records it holds. */
  static long write(Path warc, List<Page> pages) {
    try (WarcBuilder b = new WarcBuilder(warc)) {
      for (Page p : pages) b.add(p.url(), p.body(), p.contentType());
      return b.records();
    }
  }

  private static Page html(String url, String outlet, String time, String title, String text, int n) {
    StringBuilder h = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<title>").append(esc(title)).append(" | ").append(esc(outlet)).append("</title>\n")
        .append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"").append(esc(outlet)).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(esc(time)).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(esc(url)).append("\">\n</head><body>\n")
        .append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/politics\">Politics</a>")
        .append("</li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li>")
        .append("<li><a href=\"/opinion\">Opinion</a></li></ul></nav></header>\n<main><article>\n<h1>")
        .append(esc(title)).append("</h1>\n<p class=\"byline\">By Staff</p>\n");
    for (String paragraph : text.split("\n\\s*\n")) {
      if (!paragraph.isBlank()) h.append("<p>").append(esc(paragraph.strip())).append("</p>\n");
    }
    h.append("</article>\n<aside><h2>Most read</h2><ul>");
    for (int i = 0; i < 3 + n % 3; i++) {
      h.append("<li><a href=\"/story/").append(n * 7 + i).append("\">More news from ")
          .append(esc(outlet)).append(", story ").append(n * 7 + i).append("</a></li>");
    }
    h.append("</ul></aside></main>\n<footer><p>Copyright 2021 ").append(esc(outlet))
        .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a>")
        .append("</footer>\n</body></html>\n");
    return new Page(url, h.toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }

  private static String slug(String title) {
    String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
