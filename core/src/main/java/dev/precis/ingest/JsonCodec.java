package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Article;
import dev.precis.model.CanonicalName;
import dev.precis.model.Citation;
import dev.precis.model.Cluster;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The one JSON codec of Precis, on Jackson: articles and clusters both ways, summaries out. Every
 * command reads and writes JSON through it (and so will the server), so a field is spelled, typed
 * and ordered in one place.
 *
 * <p>Formats:
 * <ul>
 *   <li>article: {@code {"id", "title", "text", "date", "url", "lang", "outlet"}}, as
 *       {@code precis extract} writes it; read also with {@code "time"} for the date (the benchmark
 *       data's name);</li>
 *   <li>cluster: {@code {"id", "articles": [article or str], "summaries": [str or [str]]}};</li>
 *   <li>summary: the schema of {@code dev.precis.render}'s package documentation.</li>
 * </ul>
 * Reading is strict about types: a field that holds a number, a boolean, an object or an array
 * where a string belongs is bad data, reported like a missing one, never read as its JSON text.
 */
public final class JsonCodec {
  /** The version of the summary schema. */
  public static final int SUMMARY_SCHEMA = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonCodec() {}

  /** The tree of one JSON text. */
  public static JsonNode parse(String json) throws JsonProcessingException {
    return JSON.readTree(json);
  }

  /**
   * The tree of a text that is exactly one JSON value: content after it (a second value, as in
   * JSON lines) is refused, where {@link #parse} reads the first value and stops.
   */
  public static JsonNode parseWhole(String json) throws JsonProcessingException {
    return WHOLE.readTree(json);
  }

  private static final com.fasterxml.jackson.databind.ObjectReader WHOLE =
      JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The tree of the JSON document in {@code in}, read to its end and not closed: a model's or a
   * benchmark's JSON file, read by the same mapper as articles and clusters.
   */
  public static JsonNode parse(InputStream in) throws IOException {
    return JSON.readTree(in);
  }

  /** What a JSON value is, for messages: "a number", "true", "an array". */
  public static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) return "missing";
    if (v.isBoolean()) return v.asText();
    if (v.isNull()) return "null";
    String type = v.getNodeType().name().toLowerCase(Locale.ROOT);
    if (v.isNumber()) return "a number (" + v.asText() + ")";
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }

  /**
   * The string in {@code node}'s {@code field}: empty when absent or null; a number is taken as
   * its digits only for {@code id} (ids are often numbers); any other type is reported through
   * {@code bad} ("field 'title' is a number (12345), not a string") and taken as absent.
   */
  public static String string(JsonNode node, String field, Consumer<String> bad) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return "";
    if (v.isTextual()) return v.asText();
    if (field.equals("id") && v.isIntegralNumber()) return v.asText();
    bad.accept("field '" + field + "' is " + describe(v) + ", not a string");
    return "";
  }

  /**
   * The article in {@code a} (an object, or a bare string: its text), or empty after reporting
   * why there is none through {@code bad}: no text, text of the wrong type, or text with no words
   * (blank, only emoji, symbols or zero-width characters). Fields of the wrong type other than the
   * text are reported and left empty; the article is kept.
   */
  public static Optional<Article> article(JsonNode a, String fallbackId, Consumer<String> bad) {
    if (a.isTextual()) {
      return withWords(new Article(fallbackId, "", TextDecoder.normalizeNewlines(a.asText())), bad);
    }
    if (!a.isObject()) {
      bad.accept("is " + describe(a) + ", not an article object");
      return Optional.empty();
    }
    JsonNode t = a.get("text");
    if (t == null || t.isNull()) {
      bad.accept("has no text");
      return Optional.empty();
    }
    if (!t.isTextual()) {
      bad.accept("field 'text' is " + describe(t) + ", not a string");
      return Optional.empty();
    }
    String id = string(a, "id", bad);
    String time = string(a, "time", bad);
    Article article = new Article(id.isEmpty() ? fallbackId : id, string(a, "title", bad),
        TextDecoder.normalizeNewlines(t.asText()), string(a, "url", bad),
        time.isEmpty() ? string(a, "date", bad) : time, string(a, "lang", bad), string(a, "outlet", bad));
    return withWords(article, bad);
  }

  private static Optional<Article> withWords(Article a, Consumer<String> bad) {
    if (!TextDecoder.hasWords(a.text())) {
      bad.accept(a.text().isBlank() ? "has no text" : "has no words in its text (only "
          + a.text().codePointCount(0, a.text().length()) + " symbols, emoji or spaces)");
      return Optional.empty();
    }
    return Optional.of(a);
  }

  /**
   * The reference summaries of a cluster's {@code "summaries"}: strings, or lists of sentences.
   * A reference is held as its sentences one a line, as ROUGE-1.5.5 reads a reference file: a
   * string as given (its lines are its sentences, one line is one sentence), a list with one
   * element a line (a line break inside an element is a space, so the element stays one sentence).
   */
  public static List<String> summaries(JsonNode node) {
    if (node == null || node.isNull()) return List.of();
    if (node.isTextual()) return List.of(node.asText());
    List<String> out = new ArrayList<>();
    for (JsonNode s : node) {
      if (s.isTextual()) {
        out.add(s.asText());
      } else if (s.isArray()) {
        List<String> sentences = new ArrayList<>();
        for (JsonNode x : s) sentences.add(TextDecoder.normalizeNewlines(x.asText()).replace('\n', ' '));
        out.add(String.join("\n", sentences));
      }
    }
    return out;
  }

  /** One article as a JSON object on one line (no newline), in {@code precis extract}'s field order. */
  public static String write(Article a) {
    return text(articleTree(a));
  }

  /** One cluster as a JSON object on one line (no newline), readable by {@link JsonlClusterReader}. */
  public static String write(Cluster c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", c.id());
    ArrayNode articles = root.putArray("articles");
    c.articles().forEach(a -> articles.add(articleTree(a)));
    ArrayNode refs = root.putArray("summaries");
    c.references().forEach(refs::add);
    if (!c.query().isEmpty()) root.put("query", c.query());
    return text(root);
  }

  /** One summary as a JSON object on one line (no newline), in the schema of the render package. */
  public static String write(Summary s) {
    return text(tree(s));
  }

  /** One summary as a JSON tree, for embedding in a larger object (events, server responses). */
  public static ObjectNode tree(Summary s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SUMMARY_SCHEMA);
    root.put("id", s.clusterId());
    root.put("method", s.method());
    root.put("summary", s.text());
    if (s.when() != null) {
      ObjectNode when = root.putObject("when");
      when.put("text", s.when().text()).put("date", s.when().date());
      citation(when.putObject("citation"), s.when().citation());
    }
    ArrayNode sentences = root.putArray("sentences");
    for (SummarySentence sentence : s.sentences()) {
      ObjectNode o = sentences.addObject();
      o.put("text", sentence.text());
      o.put("support", sentence.support());
      o.put("score", Math.round(sentence.score() * 1e6) / 1e6);
      ArrayNode citations = o.putArray("citations");
      for (Citation c : sentence.citations()) citation(citations.addObject(), c);
    }
    ArrayNode sources = root.putArray("sources");
    for (Source src : s.sources()) {
      sources.addObject().put("source", src.number()).put("id", src.id())
          .put("title", src.title()).put("url", src.url()).put("outlet", src.outlet())
          .put("date", src.date()).put("same_story_as", src.sameStoryAs())
          .put("text", src.cleanText());
    }
    ArrayNode names = root.putArray("names");
    for (CanonicalName n : s.names()) {
      ObjectNode o = names.addObject();
      o.put("name", n.name());
      ObjectNode variants = o.putObject("variants");
      for (Map.Entry<String, Integer> e : new TreeMap<>(n.variants()).entrySet()) {
        variants.put(e.getKey(), e.getValue());
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    s.warnings().forEach(warnings::add);
    return root;
  }

  /** A JSON tree on one line. */
  public static String text(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** A new empty object, for callers that build their own lines (eval's per-cluster results). */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private static ObjectNode articleTree(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id()).put("title", a.title()).put("text", a.text()).put("date", a.date())
        .put("url", a.url()).put("lang", a.lang()).put("outlet", a.outlet());
    return o;
  }

  private static void citation(ObjectNode o, Citation c) {
    o.put("source", c.article()).put("id", c.id()).put("start", c.start()).put("end", c.end());
  }
}
