package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.TestData;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import dev.precis.rouge.Prf;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.rouge.RougeScores;
import dev.precis.summarize.Budget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * References are scored as given, as ROUGE-1.5.5 reads a reference file: a list of sentences is
 * those sentences, a reference on one line is one sentence. The conformance fixtures go through the
 * whole eval path here (a JSONL cluster line, the reader, the evaluator, the scorer) and must give
 * the Perl script's printed values.
 */
class ReferencesAsGivenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> fixtures() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(TestData.shared().resolve("rouge-fixtures/fixtures.jsonl"))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  /** The fixture as a cluster line whose references are lists of sentences (or, joined, lines). */
  private static Cluster cluster(JsonNode fixture, boolean joined) throws IOException {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", "fixture");
    line.putArray("articles").addObject().put("text", "An article to read, so that the line is a cluster.");
    ArrayNode summaries = line.putArray("summaries");
    for (JsonNode reference : fixture.get("references")) {
      if (!joined) {
        summaries.add(reference);
        continue;
      }
      List<String> sentences = new ArrayList<>();
      reference.forEach(s -> sentences.add(s.asText()));
      summaries.add(String.join(" ", sentences));
    }
    try (JsonlClusterReader r = JsonlClusterReader.of("fixture.jsonl",
        new ByteArrayInputStream(JSON.writeValueAsBytes(line)), p -> {
          throw new AssertionError(p.toString());
        })) {
      return r.next();
    }
  }

  private static RougeScores evaluated(JsonNode fixture, Cluster cluster) {
    List<String> system = new ArrayList<>();
    fixture.get("system").forEach(s -> system.add(s.asText()));
    RougeScorer scorer = new RougeScorer(RougeOptions.parse(fixture.get("options").asText()));
    DatasetEvaluator evaluator = new DatasetEvaluator(new Precis(), scorer, List.of(),
        new DatasetEvaluator.Fixed(Budget.words(300)), SummaryRequest.defaults().selection(),
        Map.of("peer", Map.of("fixture", system)), null);
    return evaluator.score(cluster).get(0).scores().orElseThrow();
  }

  @Test
  void referencesGivenAsListsOfSentencesScoreAsRouge155Does() throws IOException {
    List<JsonNode> fixtures = fixtures();
    assertThat(fixtures).hasSize(400);
    for (JsonNode fixture : fixtures) {
      String name = fixture.get("case").asText() + " [" + fixture.get("option_set").asText() + "]";
      RougeScores scores = evaluated(fixture, cluster(fixture, false));
      fixture.get("expected").fields().forEachRemaining(e -> {
        Prf prf = scores.get(e.getKey());
        assertThat(prf.recall()).as(name + " " + e.getKey() + " R").isCloseTo(e.getValue().get("R").asDouble(), within(1e-5));
        assertThat(prf.f()).as(name + " " + e.getKey() + " F").isCloseTo(e.getValue().get("F").asDouble(), within(1e-5));
      });
    }
  }

  @Test
  void aReferenceOnOneLineIsOneSentence() throws IOException {
    int differ = 0;
    for (JsonNode fixture : fixtures()) {
      if (!fixture.get("option_set").asText().equals("pyrouge-default")) continue;
      Cluster oneLine = cluster(fixture, true);
      RougeScores scores = evaluated(fixture, oneLine);
      // ROUGE-N counts n-grams over the whole text, so they agree with the list's figures ...
      JsonNode expected = fixture.get("expected");
      assertThat(scores.get("ROUGE-2").f()).isCloseTo(expected.get("ROUGE-2").get("F").asDouble(), within(1e-5));
      // ... and ROUGE-L reads each reference as the one sentence it was given as.
      List<String> system = new ArrayList<>();
      fixture.get("system").forEach(s -> system.add(s.asText()));
      RougeScores direct = new RougeScorer(RougeOptions.parse(fixture.get("options").asText()))
          .score(system, oneLine.references().stream().map(List::of).toList());
      assertThat(scores.get("ROUGE-L").f()).isEqualTo(direct.get("ROUGE-L").f());
      if (Math.abs(scores.get("ROUGE-L").f() - expected.get("ROUGE-L").get("F").asDouble()) > 1e-5) differ++;
    }
    assertThat(differ).as("cases where one line scores unlike its sentences").isPositive();
  }

  @Test
  void aListElementWithALineBreakStaysOneSentence() throws IOException {
    String line = "{\"id\":\"c\",\"articles\":[\"Some text here.\"],\"summaries\":[[\"One sentence\\nbroken.\",\"Two.\"]]}";
    try (JsonlClusterReader r = JsonlClusterReader.of("c.jsonl",
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), p -> {})) {
      assertThat(r.next().references()).containsExactly("One sentence broken.\nTwo.");
    }
  }
}
