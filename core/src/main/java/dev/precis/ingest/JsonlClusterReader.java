package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  private final String name;
  private final BufferedInputStream stream;
  private final BoundedLineReader lines;
  private final ProblemCap problems;
  private final int maxLineChars;
  private boolean sniffed;
  private Cluster next;
  private boolean done;
  /** Lines that are articles, not clusters (as {@code precis extract} writes them): one cluster. */
  private final List<Article> looseArticles = new ArrayList<>();

  private JsonlClusterReader(String name, InputStream stream, Consumer<Problem> problems,
      int maxLineChars) {
    this.name = name;
    this.maxLineChars = maxLineChars;
    this.stream = new BufferedInputStream(stream, 1 << 16);
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.lines = new BoundedLineReader(new InputStreamReader(this.stream, decoder), maxLineChars);
    this.problems = new ProblemCap(name, problems);
  }

  /** Opens {@code file}, gunzipping it when it is gzip (by its first bytes). */
  public static JsonlClusterReader open(Path file, Consumer<Problem> problems) throws IOException {
    return open(file, problems, MAX_LINE_CHARS);
  }

  /** Opens {@code file} with lines of at most {@code maxLineChars} characters. */
  public static JsonlClusterReader open(Path file, Consumer<Problem> problems, int maxLineChars)
      throws IOException {
    // A FileInputStream, not Files.newInputStream: gzip asks the stream how much is available
    // between members, which a channel answers by seeking, and a pipe cannot seek.
    InputStream in = new FileInputStream(file.toFile());
    try {
      InputStream plain = gunzipped(in);
      if (plain == in && file.getFileName() != null && file.getFileName().toString().endsWith(".gz")) {
        throw new IOException("not gzip data, though its name ends in .gz");
      }
      return new JsonlClusterReader(file.toString(), plain, problems, maxLineChars);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** Reads from a stream (plain or gzip: told by its first bytes); {@code name} is used in problems. */
  public static JsonlClusterReader of(String name, InputStream in, Consumer<Problem> problems) {
    InputStream plain;
    try {
      plain = gunzipped(in);
    } catch (IOException e) {
      problems.accept(new Problem(name, "cannot read: " + IoReasons.of(e) + "; skipped"));
      plain = InputStream.nullInputStream();
    }
    return new JsonlClusterReader(name, plain, problems, MAX_LINE_CHARS);
  }

  /** {@code in}, inflated when its first two bytes are gzip's magic number; else {@code in} itself. */
  static InputStream gunzipped(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(2);
    byte[] magic = b.readNBytes(2);
    b.reset();
    if (!InputFormat.isGzip(magic)) return b;
    try {
      return new GZIPInputStream(b, 1 << 16);
    } catch (ZipException e) {
      throw new IOException("damaged gzip header (" + e.getMessage() + ")", e);
    }
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
    if (!sniffed) {
      sniffed = true;
      if (looksBinary()) {
        problems.accept(new Problem(name, "binary data, not JSON lines; skipped"));
        finish();
        return;
      }
    }
    BoundedLineReader.Kind kind;
    try {
      kind = lines.next();
    } catch (EOFException | ZipException e) {
      problems.accept(new Problem(name + " after line " + lines.lineNumber(),
          "truncated or corrupt compressed data (" + e.getMessage() + "); the rest is lost"));
      finish();
      return;
    } catch (IOException e) {
      problems.accept(new Problem(name + " after line " + lines.lineNumber(),
          "read failed (" + IoReasons.of(e) + "); the rest is lost"));
      finish();
      return;
    }
    String place = name + " line " + lines.lineNumber();
    switch (kind) {
      case END -> {
        finish();
        if (!looseArticles.isEmpty()) next = new Cluster(fileCluster(), List.copyOf(looseArticles));
      }
      case TOO_LONG -> problems.accept(new Problem(place, "line of " + lines.skippedChars()
          + " characters is over the limit of " + maxLineChars + " (--max-line-chars raises it); skipped"));
      case LINE -> {
        String line = lines.line();
        if (!line.isBlank()) next = parse(line, place);
      }
    }
  }

  private Cluster parse(String line, String place) {
    JsonNode root;
    try {
      root = JsonCodec.parse(line);
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
      String fallback = fileCluster() + "#" + lines.lineNumber();
      JsonCodec.article(root, fallback, why -> problems.accept(new Problem(place, "article "
          + outcome(why))))
          .ifPresent(looseArticles::add);
      return null;
    }
    if (articles == null || !articles.isArray()) {
      problems.accept(new Problem(place, articles == null
          ? "field 'articles' (a cluster) or 'text' (an article) is missing; skipped"
          : "field 'articles' is " + JsonCodec.describe(articles) + ", not an array; skipped"));
      return null;
    }
    String id = JsonCodec.string(root, "id", why -> problems.accept(new Problem(place, "cluster " + why)));
    if (id.isEmpty()) id = "line-" + lines.lineNumber();
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      String who = "cluster " + id + " article " + (i + 1) + " ";
      JsonCodec.article(articles.get(i), id + "#" + (i + 1), why -> problems.accept(new Problem(place,
          who + outcome(why))))
          .ifPresent(out::add);
    }
    if (out.isEmpty()) {
      problems.accept(new Problem(place, "cluster " + id + " has no article with text; skipped"));
      return null;
    }
    String cluster = id;
    Consumer<String> badQuery = why -> problems.accept(new Problem(place, "cluster " + cluster + " " + why + "; left out"));
    String query = JsonCodec.string(root, "query", badQuery);
    if (query.isBlank()) query = JsonCodec.string(root, "topic", badQuery);
    return new Cluster(id, out, JsonCodec.summaries(root.get("summaries")), query);
  }

  /** A field of the wrong type is left out, and the article kept, unless it is the text. */
  private static String outcome(String why) {
    return why + (why.startsWith("field") && !why.startsWith("field 'text'") ? "; left out" : "; skipped");
  }

  private void finish() {
    done = true;
    problems.close();
  }

  /** Whether the first bytes (after gunzip) hold NUL bytes or many control characters. */
  private boolean looksBinary() {
    try {
      stream.mark(8192);
      byte[] head = stream.readNBytes(8192);
      stream.reset();
      return TextDecoder.looksBinary(head);
    } catch (IOException e) {
      // Reading fails again, and is reported, when the lines are read.
      return false;
    }
  }

  /** The cluster a file of article lines makes: named after the file ("pages.jsonl.gz" is "pages"). */
  private String fileCluster() {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    for (String ext : new String[] {".gz", ".jsonl", ".json", ".ndjson"}) {
      if (file.endsWith(ext) && file.length() > ext.length()) file = file.substring(0, file.length() - ext.length());
    }
    return file;
  }

  @Override
  public void close() {
    problems.close();
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": close failed", e);
    }
  }
}
