package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads an outside system's summaries: JSONL lines {@code {"id", "summary"}}, the summary a string
 * (split into sentences here) or a list of sentences. Bad lines are reported and skipped.
 */
final class SystemSummaries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SystemSummaries() {}

  static Map<String, List<String>> read(Path file, Consumer<Problem> problems) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
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
          o = JSON.readTree(line);
        } catch (IOException e) {
          problems.accept(new Problem(place, "not JSON; skipped"));
          continue;
        }
        if (!o.isObject() || !o.path("id").isTextual() || o.get("summary") == null) {
          problems.accept(new Problem(place, "needs \"id\" (a string) and \"summary\"; skipped"));
          continue;
        }
        JsonNode s = o.get("summary");
        List<String> sentences = new ArrayList<>();
        if (s.isArray()) {
          for (JsonNode x : s) sentences.add(x.asText());
        } else {
          String text = s.asText();
          splitter.split(text).forEach(span -> sentences.add(span.of(text)));
        }
        out.put(o.get("id").asText(), sentences);
      }
    }
    return out;
  }
}
