package dev.precis.represent.embed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns text into the token ids a BERT model reads: {@code [CLS]}, the word pieces of each word
 * of {@link BertWordSplitter}, {@code [SEP]}. Each word is split greedily into the longest
 * pieces found in the vocabulary, pieces after the first carrying the {@code ##} prefix; a word
 * that cannot be split that way, or that is longer than 100 characters, becomes one
 * {@code [UNK]}. Long texts keep their first pieces (truncation on the right).
 *
 * <p>This is Hugging Face's {@code WordPiece} model with the settings of the model's
 * {@code tokenizer.json}; tests hold it to the reference implementation's ids on real sentences.
 * Immutable and thread-safe.
 */
final class WordPieceTokenizer {

  private static final int MAX_WORD_CHARS = 100;
  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocabulary;
  private final BertWordSplitter splitter;
  private final int cls;
  private final int sep;
  private final int unk;

  WordPieceTokenizer(Map<String, Integer> vocabulary, BertWordSplitter splitter) {
    this.vocabulary = Map.copyOf(vocabulary);
    this.splitter = splitter;
    this.cls = special(vocabulary, "[CLS]");
    this.sep = special(vocabulary, "[SEP]");
    this.unk = special(vocabulary, "[UNK]");
  }

  /**
   * Reads the WordPiece vocabulary of a Hugging Face {@code tokenizer.json}.
   *
   * @param json the file's content; not closed
   * @param name where it came from, for error messages
   * @throws IllegalArgumentException if the file is not a WordPiece tokenizer or lacks
   *     {@code [CLS]}, {@code [SEP]} or {@code [UNK]}
   * @throws IOException if it cannot be read or parsed
   */
  static WordPieceTokenizer read(InputStream json, String name) throws IOException {
    JsonNode model = JsonCodec.parse(json).path("model");
    String type = model.path("type").asText("");
    if (!type.equals("WordPiece")) {
      throw new IllegalArgumentException(name + ": field 'model.type' is '" + type
          + "', expected 'WordPiece': use the tokenizer.json of a BERT-style model");
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      vocabulary.put(entry.getKey(), entry.getValue().asInt());
    }
    return new WordPieceTokenizer(vocabulary, new BertWordSplitter());
  }

  /**
   * The ids of {@code text}, starting with {@code [CLS]} and ending with {@code [SEP]}.
   *
   * @param maxTokens the most ids returned, special tokens included; at least 2
   * @throws IllegalArgumentException if {@code maxTokens < 2}
   */
  int[] encode(String text, int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException(
          "maxTokens is " + maxTokens + ", must be at least 2 for [CLS] and [SEP]");
    }
    int[] ids = new int[maxTokens];
    int n = 0;
    ids[n++] = cls;
    int limit = maxTokens - 1;
    List<String> words = splitter.split(text);
    for (int w = 0; w < words.size() && n < limit; w++) {
      n = appendPieces(words.get(w), ids, n, limit);
    }
    ids[n++] = sep;
    return n == ids.length ? ids : Arrays.copyOf(ids, n);
  }

  /** Appends the pieces of one word to {@code ids} from {@code n}, stopping at {@code limit}. */
  private int appendPieces(String word, int[] ids, int n, int limit) {
    if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
      ids[n++] = unk;
      return n;
    }
    int[] pieces = new int[word.length()];
    int count = 0;
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      int id = -1;
      while (start < end) {
        String piece = word.substring(start, end);
        Integer found = vocabulary.get(start == 0 ? piece : CONTINUATION + piece);
        if (found != null) {
          id = found;
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (id < 0) {
        ids[n++] = unk;
        return n;
      }
      pieces[count++] = id;
      start = end;
    }
    for (int i = 0; i < count && n < limit; i++) {
      ids[n++] = pieces[i];
    }
    return n;
  }

  private static int special(Map<String, Integer> vocabulary, String token) {
    Integer id = vocabulary.get(token);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary has no '" + token
          + "' token: use the tokenizer.json of a BERT-style model");
    }
    return id;
  }
}
