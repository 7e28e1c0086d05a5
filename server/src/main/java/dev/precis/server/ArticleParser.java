package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads posted articles: one JSON object, a JSON array of objects, or JSON lines (one object a
 * line). An article is {@code {"text", "title"?, "id"?, "url"?, "date"? or "time"?, "outlet"?,
 * "lang"?}}; a bad one (not JSON, no text, a field of the wrong type) is reported with its place
 * and the field at fault, and the rest are read.
 */
final class ArticleParser {
  static final int MAX_ID_CHARS = 200;
  /** The longest text the store keeps in a row (H2's VARCHAR). */
  static final int MAX_TEXT_CHARS = 1_000_000;
  static final int MAX_FIELD_CHARS = 10_000;
  private static final Set<String> FIELDS =
      Set.of("id", "title", "text", "url", "date", "time", "outlet", "lang");

  private ArticleParser() {}

  /** One posted article or its problem. */
  record Parsed(String place, Optional<Article> article, Optional<BadRequest> problem) {}

  /**
   * The articles of {@code body}, at most {@code max} of them.
   *
   * @throws BadRequest when the body holds no article at all, or more than {@code max}
   */
  static List<Parsed> parse(String body, int max) {
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      throw new BadRequest("body", "is empty; send one JSON article, a JSON array of them, or JSON lines");
    }
    List<Parsed> out = new ArrayList<>();
    JsonNode whole = null;
    try {
      whole = JsonCodec.parseWhole(trimmed);
    } catch (JsonProcessingException e) {
      // Not one JSON value: JSON lines, read one at a time below.
    }
    if (whole != null && whole.isArray()) {
      if (whole.size() > max) throw tooMany(whole.size(), max);
      for (int i = 0; i < whole.size(); i++) out.add(article(whole.get(i), "article " + (i + 1)));
    } else if (whole != null) {
      out.add(article(whole, "body"));
    } else {
      String[] lines = trimmed.split("\r?\n");
      int count = 0;
      for (String line : lines) if (!line.isBlank()) count++;
      if (count > max) throw tooMany(count, max);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) continue;
        String place = "line " + (i + 1);
        try {
          out.add(article(JsonCodec.parseWhole(lines[i]), place));
        } catch (JsonProcessingException e) {
          out.add(problem(place, "body", "is not JSON (" + e.getOriginalMessage() + ")"));
        }
      }
    }
    return out;
  }

  private static BadRequest tooMany(int n, int max) {
    return new BadRequest(413, "articles", n + " articles in one request, over the limit of "
        + max + "; send them in several requests");
  }

  private static Parsed problem(String place, String field, String reason) {
    return new Parsed(place, Optional.empty(), Optional.of(new BadRequest(field, place + ": " + reason)));
  }

  /** One article object, or its problem at {@code place}. */
  static Parsed article(JsonNode node, String place) {
    if (node == null || !node.isObject()) {
      return problem(place, "body", "is a JSON " + (node == null ? "nothing"
          : node.getNodeType().name().toLowerCase()) + ", not an article object");
    }
    for (String f : FIELDS) {
      JsonNode v = node.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return problem(place, f, "field '" + f + "' must be a string, got a JSON "
            + v.getNodeType().name().toLowerCase());
      }
    }
    String text = text(node, "text");
    if (text.isBlank()) {
      return problem(place, "text", node.has("text") ? "field 'text' is empty" : "field 'text' is missing");
    }
    if (text.length() > MAX_TEXT_CHARS) {
      return problem(place, "text", "field 'text' is " + text.length()
          + " characters, over the limit of " + MAX_TEXT_CHARS + "; split the article");
    }
    for (String f : List.of("title", "url", "date", "time", "outlet", "lang")) {
      if (text(node, f).length() > MAX_FIELD_CHARS) {
        return problem(place, f, "field '" + f + "' is " + text(node, f).length()
            + " characters, over the limit of " + MAX_FIELD_CHARS);
      }
    }
    String id = text(node, "id").strip();
    if (id.length() > MAX_ID_CHARS) {
      return problem(place, "id", "field 'id' is " + id.length() + " characters, over the limit of "
          + MAX_ID_CHARS);
    }
    // The fields are read as every other reader reads them: one codec, one rule for words.
    List<String> bad = new ArrayList<>();
    Optional<Article> read = JsonCodec.article(node, id, bad::add);
    if (read.isEmpty()) return problem(place, "text", "field 'text' " + String.join("; ", bad));
    Article a = read.get();
    a = new Article(id, a.title().strip(), a.text(), a.url().strip(), a.date().strip(),
        a.lang().strip(), a.outlet().strip());
    return new Parsed(place, Optional.of(a), Optional.empty());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
