package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.SummaryRequest;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a POST /summarize body: a cluster ({@code "id"?, "articles": [...]}) and the fields of
 * {@link SummaryRequest}, each optional, defaulting as {@link SummaryRequest#defaults()} does:
 * {@code method, budget ({"words": n} | {"sentences": n} | {"chars": n}), redundancy, minWords,
 * order ("rank" | "reading"), query, language, fill}.
 */
final class SummarizeParser {
  private static final Set<String> FIELDS = Set.of("id", "articles", "method", "budget",
      "redundancy", "minWords", "order", "query", "language", "fill");

  private SummarizeParser() {}

  record Parsed(Cluster cluster, SummaryRequest request) {}

  static Parsed parse(String body, int maxArticles) {
    JsonNode root;
    try {
      root = JsonCodec.parseWhole(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest("body", "is not JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new BadRequest("body", "must be a JSON object {\"articles\": [...], \"method\"?, \"budget\"?, ...}");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new BadRequest(f, "is not a field of a summarize request; known fields: "
            + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    JsonNode articles = root.get("articles");
    if (articles == null || !articles.isArray() || articles.isEmpty()) {
      throw new BadRequest("articles", articles == null ? "is missing" : "must be a non-empty array of articles");
    }
    if (articles.size() > maxArticles) {
      throw new BadRequest(413, "articles", articles.size() + " articles, over the limit of " + maxArticles);
    }
    String id = root.path("id").asText("cluster");
    List<Article> list = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleParser.Parsed p = ArticleParser.article(articles.get(i), "articles[" + i + "]");
      if (p.problem().isPresent()) throw new BadRequest(p.problem().get().field(), p.problem().get().reason());
      Article a = p.article().orElseThrow();
      list.add(a.id().isEmpty() ? new Article(String.valueOf(i + 1), a.title(), a.text(), a.url(),
          a.date(), a.lang(), a.outlet()) : a);
    }
    return new Parsed(new Cluster(id.isBlank() ? "cluster" : id, list), request(root));
  }

  private static SummaryRequest request(JsonNode root) {
    SummaryRequest r = SummaryRequest.defaults();
    try {
      if (root.hasNonNull("method")) r = r.withMethod(string(root, "method"));
      if (root.hasNonNull("budget")) r = r.withBudget(budget(root.get("budget")));
      if (root.hasNonNull("redundancy")) r = r.withRedundancy(number(root, "redundancy"));
      if (root.hasNonNull("minWords")) r = r.withMinWords(integer(root, "minWords"));
      if (root.hasNonNull("order")) r = r.withOrder(order(string(root, "order")));
      if (root.hasNonNull("query")) r = r.withQuery(string(root, "query"));
      if (root.hasNonNull("language")) r = r.withLanguage(string(root, "language"));
      if (root.hasNonNull("fill")) {
        if (!root.get("fill").isBoolean()) throw new BadRequest("fill", "must be true or false");
        r = r.withFill(root.get("fill").asBoolean());
      }
    } catch (IllegalArgumentException e) {
      // SummaryRequest's messages open with the field: "redundancy: must be in (0, 1] ...".
      String m = e.getMessage();
      int colon = m.indexOf(':');
      String field = colon > 0 ? m.substring(0, colon) : "request";
      if (field.equals("min-words")) field = "minWords";
      throw new BadRequest(field, colon > 0 ? m.substring(colon + 1).strip() : m);
    }
    return r;
  }

  private static Budget budget(JsonNode b) {
    if (!b.isObject() || b.size() != 1) {
      throw new BadRequest("budget", "must be one of {\"words\": n}, {\"sentences\": n}, {\"chars\": n}");
    }
    String unit = b.fieldNames().next();
    JsonNode n = b.get(unit);
    if (!n.canConvertToExactIntegral() || n.asInt() < 1) {
      throw new BadRequest("budget", unit + " must be a whole number of at least 1, got " + n);
    }
    return switch (unit) {
      case "words" -> Budget.words(n.asInt());
      case "sentences" -> Budget.sentences(n.asInt());
      case "chars", "characters" -> Budget.characters(n.asInt());
      default -> throw new BadRequest("budget", "unit '" + unit + "' is not words, sentences or chars");
    };
  }

  private static SelectionOptions.Order order(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "rank" -> SelectionOptions.Order.RANK;
      case "reading" -> SelectionOptions.Order.READING;
      default -> throw new BadRequest("order", "'" + s + "' is not rank or reading");
    };
  }

  private static String string(JsonNode root, String f) {
    JsonNode v = root.get(f);
    if (!v.isTextual()) throw new BadRequest(f, "must be a string, got " + v);
    return v.asText();
  }

  private static double number(JsonNode root, String f) {
    JsonNode v = root.get(f);
    if (!v.isNumber()) throw new BadRequest(f, "must be a number, got " + v);
    return v.asDouble();
  }

  private static int integer(JsonNode root, String f) {
    JsonNode v = root.get(f);
    if (!v.canConvertToExactIntegral()) throw new BadRequest(f, "must be a whole number, got " + v);
    return v.asInt();
  }
}
