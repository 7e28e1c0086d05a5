package dev.precis.represent.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordPieceTokenizerTest {

  private static WordPieceTokenizer tokenizer;

  @BeforeAll
  static void readShippedVocabulary() throws IOException {
    try (InputStream json =
        SentenceEncoder.class.getResourceAsStream(SentenceEncoder.TOKENIZER_RESOURCE)) {
      tokenizer = WordPieceTokenizer.read(json, SentenceEncoder.TOKENIZER_RESOURCE);
    }
  }

  /**
   * Ids from Hugging Face tokenizers (through DJL 0.38.0) on the model's own tokenizer.json,
   * with padding and truncation off: every sentence of the sample cluster, sentences of the dev
   * data (half of them with non-ASCII characters), and a few hard cases.
   */
  static Stream<Arguments> referenceIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    InputStream in = WordPieceTokenizerTest.class.getResourceAsStream("wordpiece-reference-ids.jsonl");
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return lines.lines().map(line -> {
      try {
        JsonNode row = json.readTree(line);
        int[] ids = new int[row.get("ids").size()];
        Arrays.setAll(ids, i -> row.get("ids").get(i).asInt());
        return Arguments.of(row.get("text").asText(), ids);
      } catch (IOException e) {
        throw new IllegalStateException(line, e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("referenceIds")
  void givesTheReferenceIds(String text, int[] expected) {
    assertThat(tokenizer.encode(text, 512)).containsExactly(expected);
  }

  @Test
  void splitsUnknownWordsIntoPiecesWithTheContinuationPrefix() {
    // "esber" is not in the vocabulary: es ##ber
    assertThat(tokenizer.encode("Esber", 10)).containsExactly(101, 9686, 5677, 102);
  }

  @Test
  void turnsAWordLongerThan100CharactersIntoOneUnknownToken() {
    assertThat(tokenizer.encode("a".repeat(101), 10)).containsExactly(101, 100, 102);
  }

  @Test
  void encodesEmptyTextAsClsAndSep() {
    assertThat(tokenizer.encode("", 10)).containsExactly(101, 102);
  }

  @Test
  void truncatesLongTextToItsFirstPiecesAndEndsWithSep() throws IOException {
    String article = Files.readString(
        Path.of(System.getProperty("precis.shared"), "seeds", "000_f5f297b50b6fc771.txt"));
    int[] whole = tokenizer.encode(article, 100_000);
    int[] truncated = tokenizer.encode(article, 256);

    assertThat(whole.length).isGreaterThan(256);
    assertThat(truncated).hasSize(256);
    assertThat(Arrays.copyOf(truncated, 255)).containsExactly(Arrays.copyOf(whole, 255));
    assertThat(truncated[255]).isEqualTo(102);
  }

  @Test
  void rejectsARoomTooSmallForClsAndSep() {
    assertThatThrownBy(() -> tokenizer.encode("Iraq", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens is 1, must be at least 2 for [CLS] and [SEP]");
  }

  @Test
  void rejectsATokenizerThatIsNotWordPiece() {
    byte[] bpe = "{\"model\":{\"type\":\"BPE\",\"vocab\":{}}}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> WordPieceTokenizer.read(new ByteArrayInputStream(bpe), "gpt2.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gpt2.json: field 'model.type' is 'BPE', expected 'WordPiece': "
            + "use the tokenizer.json of a BERT-style model");
  }

  @Test
  void rejectsAVocabularyWithoutSpecialTokens() {
    assertThatThrownBy(() -> new WordPieceTokenizer(Map.of("iraq", 5), new BertWordSplitter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vocabulary has no '[CLS]' token: use the tokenizer.json of a BERT-style model");
  }
}
