package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what the text stages made of every cluster of a dataset, for comparing two builds with
 * {@code diff}: each article's cleaned text, then each sentence with its flags and word count.
 * {@code bench/run CleanedDump DATA OUT}.
 */
public final class CleanedDump {
  public static void main(String[] args) throws IOException {
    Precis precis = new Precis();
    try (JsonlClusterReader r = JsonlClusterReader.open(Path.of(args[0]), p -> System.err.println(p));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      while (r.hasNext()) {
        ClusterText t = precis.prepare(r.next());
        String id = t.cluster().id();
        for (int a = 0; a < t.articleCount(); a++) {
          out.println("## " + id + " article " + a);
          out.println(t.cleanText(a));
        }
        for (Sentence s : t.sentences()) {
          out.println("# " + id + " s" + s.index() + " w" + s.words() + " " + s.flags() + " | " + s.text());
        }
      }
    }
  }
}
