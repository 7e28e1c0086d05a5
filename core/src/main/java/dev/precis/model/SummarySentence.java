package dev.precis.model;

import java.util.List;

/**
 * One sentence of a summary.
 *
 * @param text      the sentence, exactly as it stands in the first cited article's cleaned text at
 *                  the first citation's span; when the span leaves out a leading discourse
 *                  marker ("Meanwhile, the army ..."), its first letter is in capitals
 * @param citations the sentence it was taken from first, then sentences of other articles that
 *                  say the same thing
 * @param support   the number of distinct articles that state it (at least 1)
 * @param score     the method's score of the sentence
 */
public record SummarySentence(String text, List<Citation> citations, int support, double score) {
  public SummarySentence {
    citations = List.copyOf(citations);
  }
}
