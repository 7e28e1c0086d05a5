package dev.precis.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the ROUGE-1.5.5 conformance fixtures (80 texts x 5 option sets, scored by the
 * Perl script): every printed value must match within 0.00001.
 */
class RougeFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyFixtureCaseMatchesRouge155() throws IOException {
    Path fixtures = Path.of(System.getProperty("precis.shared"), "rouge-fixtures", "fixtures.jsonl");
    List<String> lines = Files.readAllLines(fixtures);
    assertThat(lines).hasSize(400);
    Map<String, RougeScorer> scorers = new HashMap<>();
    return lines.stream().map(line -> {
      JsonNode c = read(line);
      String name = c.get("case").asText() + " [" + c.get("option_set").asText() + "]";
      return DynamicTest.dynamicTest(name, () -> {
        RougeScorer scorer = scorers.computeIfAbsent(c.get("options").asText(),
            options -> new RougeScorer(RougeOptions.parse(options)));
        RougeScores scores = scorer.score(strings(c.get("system")), references(c));
        JsonNode expected = c.get("expected");
        List<String> names = new ArrayList<>();
        expected.fieldNames().forEachRemaining(names::add);
        assertThat(scores.byMetric().keySet()).containsExactlyInAnyOrderElementsOf(names);
        for (String metric : names) {
          Prf prf = scores.get(metric);
          JsonNode e = expected.get(metric);
          assertThat(prf.recall()).as(metric + " R").isCloseTo(e.get("R").asDouble(), within(1e-5));
          assertThat(prf.precision()).as(metric + " P")
              .isCloseTo(e.get("P").asDouble(), within(1e-5));
          assertThat(prf.f()).as(metric + " F").isCloseTo(e.get("F").asDouble(), within(1e-5));
        }
      });
    });
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("fixtures.jsonl: bad line " + line, e);
    }
  }

  private static List<List<String>> references(JsonNode c) {
    List<List<String>> references = new ArrayList<>();
    for (JsonNode reference : c.get("references")) {
      references.add(strings(reference));
    }
    return references;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      out.add(it.next().asText());
    }
    return out;
  }
}
