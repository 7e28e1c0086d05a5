package dev.precis.represent.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  /** Esper's denial as the five articles of the sample cluster tell it. */
  private static final List<String> NO_DECISION_TO_LEAVE = List.of(
      "“There is no decision to leave Iraq,” Esper told Pentagon reporters when asked about the letter.",
      "“There’s been no decision to leave Iraq.",
      "“No decision was made to leave Iraq.",
      "But it has made no decision to leave Iraq.",
      "“There is absolutely no decision to withdraw from Iraq,” Reuters quoted Esber when asked about the message.");

  /** Other facts of the same story, from the same articles. */
  private static final List<String> SAME_STORY = List.of(
      "Some helicopters could be heard flying over Baghdad on Monday night.",
      "The United States has about 5,000 US troops in Iraq.");

  /** Sentences about other things: page debris, a stray detail, another story of the dev data. */
  private static final List<String> UNRELATED = List.of(
      "Special thanks to Charles Bright!!",
      "It cost billions of dollars to build.",
      "Leave a Reply",
      "You always have the option to delete your Tweet location history.",
      "Oprah Winfrey was the media's Big Winner for her Golden Globes peroration on sexual harassment.");

  private static SentenceEncoder encoder;
  /** Runs the model on every call, so a remembered vector cannot hide what a batch does. */
  private static SentenceEncoder uncached;

  @BeforeAll
  static void load() {
    encoder = SentenceEncoder.load();
    uncached = SentenceEncoder.load(0);
  }

  @AfterAll
  static void close() {
    encoder.close();
    uncached.close();
  }

  @Test
  void givesUnitVectorsOf384Dimensions() {
    float[][] vectors = encoder.encode(NO_DECISION_TO_LEAVE);

    assertThat(encoder.dimension()).isEqualTo(384);
    assertThat(vectors.length).isEqualTo(5);
    for (float[] vector : vectors) {
      assertThat(vector).hasSize(384);
      assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-5));
    }
  }

  /**
   * Reference vectors from langchain4j's AllMiniLmL6V2QuantizedEmbeddingModel (same model file,
   * tokenizer from Hugging Face tokenizers, mean pooling, L2 norm), one sentence at a time.
   */
  @Test
  void equalsTheReferenceEmbeddingOneSentenceAtATime() throws IOException {
    for (Reference reference : references()) {
      float[] vector = encoder.encode(List.of(reference.text()))[0];

      for (int d = 0; d < vector.length; d++) {
        assertThat(vector[d]).as("%s [%d]", reference.text(), d)
            .isCloseTo(reference.vector()[d], within(1e-5f));
      }
    }
  }

  /** The model's int8 scale is one per input tensor: batch-mates must not move a vector. */
  @Test
  void equalsTheReferenceEmbeddingInABatch() throws IOException {
    List<Reference> references = references();
    float[][] vectors = uncached.encode(references.stream().map(Reference::text).toList());

    for (int i = 0; i < vectors.length; i++) {
      for (int d = 0; d < vectors[i].length; d++) {
        assertThat(vectors[i][d]).as("%s [%d]", references.get(i).text(), d)
            .isCloseTo(references.get(i).vector()[d], within(1e-5f));
      }
    }
  }

  @Test
  void scoresParaphrasesAbove065() {
    float[][] vectors = encoder.encode(NO_DECISION_TO_LEAVE);

    for (int i = 0; i < vectors.length; i++) {
      for (int j = i + 1; j < vectors.length; j++) {
        assertThat(dot(vectors[i], vectors[j])).as("%d~%d", i, j).isGreaterThan(0.65);
      }
    }
  }

  @Test
  void scoresOtherFactsOfTheSameStoryBelow045() {
    assertCrossScoresBelow(SAME_STORY, 0.45);
  }

  @Test
  void scoresUnrelatedSentencesBelow025() {
    assertCrossScoresBelow(UNRELATED, 0.25);
  }

  /** Every pair of a sentence of NO_DECISION_TO_LEAVE or {@code others} with one of {@code others}. */
  private static void assertCrossScoresBelow(List<String> others, double most) {
    List<String> all = new ArrayList<>(NO_DECISION_TO_LEAVE);
    all.addAll(others);
    float[][] vectors = encoder.encode(all);

    for (int i = 0; i < all.size(); i++) {
      for (int j = Math.max(i + 1, NO_DECISION_TO_LEAVE.size()); j < all.size(); j++) {
        assertThat(dot(vectors[i], vectors[j])).as("%s ~ %s", all.get(i), all.get(j))
            .isLessThan(most);
      }
    }
  }

  @Test
  void givesTheSameFloatsForTheSameInput() {
    assertThat(encoder.encode(NO_DECISION_TO_LEAVE)).isDeepEqualTo(encoder.encode(NO_DECISION_TO_LEAVE));
  }

  /** Many sentences of many lengths: each gives the floats it gives alone, in its own row. */
  @Test
  void givesASentenceTheSameVectorAloneAndAmongOthers() throws IOException {
    List<String> sentences = seedSentences();
    float[][] vectors = uncached.encode(sentences);

    assertThat(sentences.size()).isGreaterThan(64);
    for (int i = 0; i < sentences.size(); i += 7) {
      float[] alone = uncached.encode(List.of(sentences.get(i)))[0];
      assertThat(vectors[i]).as(sentences.get(i)).isEqualTo(alone);
    }
  }

  @Test
  void remembersAVectorAsTheModelGivesIt() throws IOException {
    // More sentences than it remembers (16), so some are forgotten and computed again.
    List<String> sentences = seedSentences().subList(0, 24);
    float[][] computed = uncached.encode(sentences);
    SentenceEncoder remembering = SentenceEncoder.load(16);
    try {
      float[][] first = remembering.encode(sentences.subList(0, 10));
      first[0][0] = 42;
      assertThat(remembering.encode(sentences.subList(0, 10))).isDeepEqualTo(
          Arrays.copyOf(computed, 10));
      assertThat(remembering.encode(sentences)).isDeepEqualTo(computed);
    } finally {
      remembering.close();
    }
  }

  @Test
  void rejectsANegativeNumberOfRememberedSentences() {
    assertThatThrownBy(() -> SentenceEncoder.load(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remembered sentences is -1, must be 0 (none) or more");
  }

  @Test
  void givesTheSameFloatsFromConcurrentCallers() throws Exception {
    List<String> sentences = seedSentences().subList(0, 24);
    float[][] expected = encoder.encode(sentences);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<float[][]>> results = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(() -> encoder.encode(sentences)));
      }
      for (Future<float[][]> result : results) {
        assertThat(result.get()).isDeepEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void encodesAnEmptyListAsNoVectors() {
    assertThat(encoder.encode(List.of())).isEmpty();
  }

  @Test
  void encodesAnEmptySentence() {
    float[] vector = encoder.encode(List.of(""))[0];

    assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void truncatesASentenceLongerThanTheModelTakes() throws IOException {
    String article = Files.readString(
        Path.of(System.getProperty("precis.shared"), "seeds", "000_f5f297b50b6fc771.txt"));

    float[] vector = encoder.encode(List.of(article))[0];

    assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void rejectsANullSentenceNamingItsIndex() {
    assertThatThrownBy(() -> encoder.encode(Arrays.asList("Iraq.", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sentence 1 of 2 is null: pass \"\" for an empty sentence");
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private record Reference(String text, float[] vector) {}

  private static List<Reference> references() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Reference> references = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        SentenceEncoderTest.class.getResourceAsStream("minilm-reference-vectors.jsonl"),
        StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode row = json.readTree(line);
        float[] vector = new float[row.get("vector").size()];
        for (int d = 0; d < vector.length; d++) {
          vector[d] = row.get("vector").get(d).floatValue();
        }
        references.add(new Reference(row.get("text").asText(), vector));
      }
    }
    return references;
  }

  /** Every non-blank line of the sample cluster's articles. */
  private static List<String> seedSentences() throws IOException {
    List<String> sentences = new ArrayList<>();
    try (var files = Files.list(Path.of(System.getProperty("precis.shared"), "seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(sentences::add);
      }
    }
    return sentences;
  }
}
