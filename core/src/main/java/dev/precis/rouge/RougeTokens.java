package dev.precis.rouge;

import java.util.List;
import java.util.Map;

/**
 * The tokens ROUGE-1.5.5 counts in a sentence (lower-cased ASCII letter-and-digit runs, stemmed
 * as {@code -m} stems them), for code outside this package that needs to reason in the
 * benchmark's own units: the learned method predicts which of a cluster's unigrams and bigrams a
 * reference summary will contain, and must count them exactly as ROUGE will. Thread-safe.
 */
public final class RougeTokens {
  private static final RougeTokens STEMMED = new RougeTokens();

  private final RougeTokenizer tokenizer = new RougeTokenizer(RougeLexicon.shared(), true, false);
  private final RougeTextReader reader = new RougeTextReader(0, 0);

  private RougeTokens() {}

  /** Stemmed tokens, stop words kept: ROUGE's view under {@code -m}. */
  public static RougeTokens stemmed() {
    return STEMMED;
  }

  /**
   * The tokens of {@code sentence}, each numbered by {@code ids}: a token seen before keeps its
   * number, a new one gets the next free number ({@code ids.size()}).
   */
  public int[] tokens(String sentence, Map<String, Integer> ids) {
    return tokenizer.tokens(reader.joined(RougeTextReader.lines(List.of(sentence))), ids);
  }

  /** Whether a token (as {@link #tokens} numbers it) is on ROUGE's stop-word list. */
  public boolean isStopWord(String token) {
    return RougeLexicon.shared().isStopWord(token);
  }
}
