package dev.precis.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.ArticleFileReader;
import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.ingest.ReadLimits;
import dev.precis.ingest.TextFileReader;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What must hold for any bytes given to a reader or the codec. A target throws
 * {@link AssertionError} when a property fails; any other exception escaping a reader is a bug
 * too (readers report bad input as problems, they do not throw).
 */
public enum FuzzTargets {
  /** JSON lines of clusters or articles: every cluster read writes as JSON and reads back equal. */
  JSONL {
    @Override
    public void run(byte[] data) {
      List<Problem> problems = new ArrayList<>();
      List<Cluster> clusters = new ArrayList<>();
      try (JsonlClusterReader r = JsonlClusterReader.of("fuzz.jsonl", new ByteArrayInputStream(data), problems::add)) {
        while (r.hasNext()) clusters.add(r.next());
      }
      check(problems);
      for (Cluster c : clusters) {
        List<Problem> again = new ArrayList<>();
        List<Cluster> back = new ArrayList<>();
        String line = JsonCodec.write(c) + "\n";
        try (JsonlClusterReader r = JsonlClusterReader.of("back.jsonl",
            new ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)), again::add)) {
          while (r.hasNext()) back.add(r.next());
        }
        if (!again.isEmpty() || back.size() != 1 || !back.get(0).equals(c)) {
          throw new AssertionError("cluster does not read back as written: " + line + " gave " + back + " " + again);
        }
      }
    }
  },
  /** A text file: an article or one problem, never both, never neither. */
  TEXT {
    @Override
    public void run(byte[] data) {
      withFile(data, ".txt", file -> {
        List<Problem> problems = new ArrayList<>();
        var article = new TextFileReader(1 << 20).read(file, problems::add);
        check(problems);
        if (article.isPresent() == !problems.isEmpty()) {
          throw new AssertionError("an article and a problem, or neither: " + article + " " + problems);
        }
        article.ifPresent(FuzzTargets::roundTrips);
      });
    }
  },
  /** An HTML page, as a folder's file: an article with words, or a problem saying why not. */
  HTML {
    @Override
    public void run(byte[] data) {
      withFile(data, ".html", file -> {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        new ArticleFileReader(new ReadLimits(1 << 20, 1 << 20)).read(file, articles::add, problems::add);
        check(problems);
        if (articles.isEmpty() == problems.isEmpty()) {
          throw new AssertionError("an article and a problem, or neither: " + articles + " " + problems);
        }
        articles.forEach(FuzzTargets::roundTrips);
      });
    }
  },
  /** A WARC file: every article extracted writes and reads back; damage is reported, not thrown. */
  WARC {
    @Override
    public void run(byte[] data) {
      withFile(data, ".warc", file -> {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        new WarcArticleReader(new HtmlArticleExtractor(1 << 20), 1 << 20).read(file, articles::add, problems::add);
        check(problems);
        articles.forEach(FuzzTargets::roundTrips);
      });
    }
  },
  /** The codec alone: any JSON object read as an article writes back and reads again the same. */
  CODEC {
    @Override
    public void run(byte[] data) {
      JsonNode node;
      try {
        node = JsonCodec.parse(new String(data, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        return;
      }
      if (node == null) return;
      List<String> bad = new ArrayList<>();
      JsonCodec.article(node, "fuzz", bad::add).ifPresent(FuzzTargets::roundTrips);
      for (String b : bad) if (b.isBlank()) throw new AssertionError("a blank reason");
    }
  };

  /** Runs this target on {@code data}. */
  public abstract void run(byte[] data);

  /** Every problem names a place and a reason. */
  static void check(List<Problem> problems) {
    for (Problem p : problems) {
      if (p.place() == null || p.place().isBlank() || p.reason() == null || p.reason().isBlank()) {
        throw new AssertionError("a problem without its place or reason: " + p);
      }
    }
  }

  /** An article writes as one JSON line and reads back equal. */
  static void roundTrips(Article a) {
    String line = JsonCodec.write(a);
    if (line.contains("\n")) throw new AssertionError("an article's JSON spans lines: " + line);
    List<String> bad = new ArrayList<>();
    Article back;
    try {
      back = JsonCodec.article(JsonCodec.parse(line), "other", bad::add).orElse(null);
    } catch (IOException e) {
      throw new AssertionError("the codec wrote JSON it cannot read: " + line, e);
    }
    if (!bad.isEmpty() || !a.equals(back)) {
      throw new AssertionError("article does not read back as written: " + a + " gave " + back + " " + bad);
    }
  }

  private static void withFile(byte[] data, String suffix, Consumer<Path> use) {
    Path file = null;
    try {
      file = Files.createTempFile("precis-fuzz", suffix);
      Files.write(file, data);
      use.accept(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        if (file != null) Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file left behind is not the target's failure.
      }
    }
  }
}
