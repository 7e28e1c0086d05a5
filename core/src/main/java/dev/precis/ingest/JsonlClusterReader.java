package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams clusters from a JSONL or JSONL.gz file, one line at a time (never the whole file in
 * memory), in the format of the benchmark data:
 * <pre>{"id": str, "articles": [{"text": str, "title"?: str, "url"?: str, "time"?: str}], "summaries"?: [str]}</pre>
 * A file whose lines are articles instead ({"id"?, "title"?, "text", "url"?, "date"?}, as
 * {@code precis extract} writes them) is one cluster, named after the file, given after any
 * clusters the file also holds. A bad line (not JSON, neither {@code articles} nor {@code text},
 * over {@value #MAX_LINE_CHARS} characters) or a bad article (no text) is reported with its line
 * number and skipped; the rest is read.
 */
public final class JsonlClusterReader implements Iterator<Cluster>, AutoCloseable {
  public static final int MAX_LINE_CHARS = 16 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final InputStream stream;
  private final BoundedLineReader lines;
  private final Consumer<Problem> problems;
  private Cluster next;
  private boolean done;
  /** Lines that are articles, not clusters (as {@code precis extract} writes them): one cluster. */
  private final List<Article> looseArticles = new ArrayList<>();

  private JsonlClusterReader(String name, InputStream stream, Consumer<Problem> problems) {
    this.name = name;
    this.stream = stream;
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.lines = new BoundedLineReader(new InputStreamReader(stream, decoder), MAX_LINE_CHARS);
    this.problems = problems;
  }

  /** Opens {@code file}, gunzipping it when its name ends in .gz. */
  public static JsonlClusterReader open(Path file, Consumer<Problem> problems) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    } catch (IOException e) {
      in.close();
      throw new IOException(file + ": not a gzip file (" + e.getMessage() + ")", e);
    }
    return new JsonlClusterReader(file.toString(), in, problems);
  }

  /** Reads from a stream already opened (and gunzipped); {@code name} is used in problems. */
  public static JsonlClusterReader of(String name, InputStream in, Consumer<Problem> problems) {
    return new JsonlClusterReader(name, in, problems);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) advance();
    return next != null;
  }

  @Override
  public Cluster next() {
    if (!hasNext()) throw new NoSuchElementException();
    Cluster c = next;
    next = null;
    return c;
  }

  private void advance() {
    BoundedLineReader.Kind kind;
    try {
      kind = lines.next();
    } catch (EOFException | ZipException e) {
      problems.accept(new Problem(name + " after line " + lines.lineNumber(),
          "truncated or corrupt compressed data (" + e.getMessage() + "); the rest is lost"));
      done = true;
      return;
    } catch (IOException e) {
      problems.accept(new Problem(name + " after line " + lines.lineNumber(),
          "read failed (" + e.getMessage() + "); the rest is lost"));
      done = true;
      return;
    }
    String place = name + " line " + lines.lineNumber();
    switch (kind) {
      case END -> {
        done = true;
        if (!looseArticles.isEmpty()) next = new Cluster(fileCluster(), List.copyOf(looseArticles));
      }
      case TOO_LONG -> problems.accept(new Problem(place, "line of " + lines.skippedChars()
          + " characters is over the limit of " + MAX_LINE_CHARS + "; skipped"));
      case LINE -> {
        String line = lines.line();
        if (!line.isBlank()) next = parse(line, place);
      }
    }
  }

  private Cluster parse(String line, String place) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(new Problem(place, "not JSON (" + e.getOriginalMessage() + "); skipped"));
      return null;
    }
    if (!root.isObject()) {
      problems.accept(new Problem(place, "a JSON " + root.getNodeType().name().toLowerCase()
          + ", not an object; skipped"));
      return null;
    }
    JsonNode articles = root.get("articles");
    if (articles == null && root.has("text")) {
      String text = text(root, "text");
      if (text.isBlank()) {
        problems.accept(new Problem(place, "article has no text; skipped"));
      } else {
        String articleId = text(root, "id");
        looseArticles.add(article(root, articleId.isEmpty() ? fileCluster() + "#" + lines.lineNumber()
            : articleId, text));
      }
      return null;
    }
    if (articles == null || !articles.isArray()) {
      problems.accept(new Problem(place, articles == null
          ? "field 'articles' (a cluster) or 'text' (an article) is missing; skipped"
          : "field 'articles' is not an array; skipped"));
      return null;
    }
    String id = text(root, "id");
    if (id.isEmpty()) id = "line-" + lines.lineNumber();
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      JsonNode a = articles.get(i);
      String text = a.isTextual() ? a.asText() : text(a, "text");
      if (text.isBlank()) {
        problems.accept(new Problem(place, "cluster " + id + " article " + (i + 1)
            + " has no text; skipped"));
        continue;
      }
      String articleId = text(a, "id");
      out.add(article(a, articleId.isEmpty() ? id + "#" + (i + 1) : articleId, text));
    }
    if (out.isEmpty()) {
      problems.accept(new Problem(place, "cluster " + id + " has no article with text; skipped"));
      return null;
    }
    return new Cluster(id, out, summaries(root.get("summaries")));
  }

  /** An article's fields; its date is "time" (the benchmark data's name) or "date" ({@code precis extract}'s). */
  private static Article article(JsonNode a, String id, String text) {
    String time = text(a, "time");
    return new Article(id, text(a, "title"), TextDecoder.normalizeNewlines(text), text(a, "url"),
        time.isEmpty() ? text(a, "date") : time, text(a, "lang"), text(a, "outlet"));
  }

  /** The cluster a file of article lines makes: named after the file ("pages.jsonl.gz" is "pages"). */
  private String fileCluster() {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    for (String ext : new String[] {".gz", ".jsonl", ".json", ".ndjson"}) {
      if (file.endsWith(ext) && file.length() > ext.length()) file = file.substring(0, file.length() - ext.length());
    }
    return file;
  }

  private static List<String> summaries(JsonNode node) {
    if (node == null || node.isNull()) return List.of();
    if (node.isTextual()) return List.of(node.asText());
    List<String> out = new ArrayList<>();
    for (JsonNode s : node) {
      if (s.isTextual()) {
        out.add(s.asText());
      } else if (s.isArray()) {
        List<String> sentences = new ArrayList<>();
        for (JsonNode x : s) sentences.add(x.asText());
        out.add(String.join("\n", sentences));
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": close failed", e);
    }
  }
}
