package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Problem;
import dev.precis.text.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads an outside system's summaries: JSONL lines {@code {"id", "summary"}}, the summary a string
 * (split into sentences here) or a list of sentences. Bad lines are reported and skipped, and so is
 * a second summary of a cluster (the first is kept).
 *
 * <p>The per-cluster file that {@code precis eval --out} writes holds every method's summaries,
 * each line with its {@code "method"}: {@code FILE#METHOD} reads one method's lines from it, so an
 * earlier run can be scored as a system beside the current one.
 */
final class SystemSummaries {
  private SystemSummaries() {}

  /**
   * The summaries that {@code spec} names: a file, or {@code FILE#METHOD} for one method's lines of
   * a file with a "method" field per line.
   *
   * @throws IllegalArgumentException if the file holds several methods' summaries and the spec
   *     names none, or names one the file does not hold (the message lists those it does)
   */
  static Map<String, List<String>> read(String spec, Consumer<Problem> problems) throws IOException {
    Path file = Path.of(spec);
    String method = null;
    int hash = spec.lastIndexOf('#');
    if (hash > 0 && !Files.exists(file)) {
      file = Path.of(spec.substring(0, hash));
      method = spec.substring(hash + 1);
    }
    Set<String> methods = new TreeSet<>();
    Map<String, List<String>> out = read(file, method, methods, problems);
    if (method == null && methods.size() > 1) {
      throw new IllegalArgumentException(file + " holds the summaries of several methods ("
          + String.join(", ", methods) + "); name one as FILE#METHOD, e.g. " + file + "#" + methods.iterator().next());
    }
    if (method != null && !methods.contains(method)) {
      throw new IllegalArgumentException(file + " has no summaries of method '" + method + "'"
          + (methods.isEmpty() ? "; its lines have no \"method\"" : "; it has " + String.join(", ", methods)));
    }
    return out;
  }

  private static Map<String, List<String>> read(Path file, String method, Set<String> methods,
      Consumer<Problem> problems) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    SentenceSplitter splitter = new SentenceSplitter();
    InputStream raw = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) raw = new GZIPInputStream(raw);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        String place = file + " line " + n;
        JsonNode o;
        try {
          o = JsonCodec.parse(line);
        } catch (IOException e) {
          problems.accept(new Problem(place, "not JSON; skipped"));
          continue;
        }
        if (!o.isObject() || !o.path("id").isTextual() || o.get("summary") == null) {
          problems.accept(new Problem(place, "needs \"id\" (a string) and \"summary\"; skipped"));
          continue;
        }
        String lineMethod = o.path("method").isTextual() ? o.get("method").asText() : null;
        if (lineMethod != null) methods.add(lineMethod);
        if (method != null && !method.equals(lineMethod)) continue;
        String id = o.get("id").asText();
        // Keyed by method too: a file of several methods is refused as a whole, not line by line.
        String key = lineMethod + "\u0000" + id;
        if (firstLine.containsKey(key)) {
          problems.accept(new Problem(place, "a second summary of cluster " + id + " (the first, line "
              + firstLine.get(key) + ", is kept); skipped"));
          continue;
        }
        firstLine.put(key, n);
        JsonNode s = o.get("summary");
        List<String> sentences = new ArrayList<>();
        if (s.isArray()) {
          for (JsonNode x : s) sentences.add(x.asText());
        } else {
          String text = s.asText();
          splitter.split(text).forEach(span -> sentences.add(span.of(text)));
        }
        out.put(id, sentences);
      }
    }
    return out;
  }
}
