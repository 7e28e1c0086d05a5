package dev.precis.eval.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's shingle F1, computed exactly as its reference {@code evaluate.py} does.
 *
 * <p>Text is split into Python-{@code \w+} tokens (letters, numbers and the underscore, case
 * kept); a text's shingles are its overlapping 4-token windows with their counts, or one shingle
 * of all its tokens when it has fewer than 4, or none when it has no token. Stateless and
 * thread-safe.
 */
public final class ShingleF1 {
  private static final int N = 4;

  /** The normalised matches of one page. Arguments must not be null (use "" for no text). */
  public ShingleCounts match(String truth, String prediction) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(prediction);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double s = tp + fp + fn;
    return s > 0 ? new ShingleCounts(tp / s, fp / s, fn / s) : new ShingleCounts(0, 0, 0);
  }

  /**
   * The scores over {@code pages}. A mean over no page is 0, and so is the F1 of two zeros.
   */
  public ExtractionScores aggregate(List<ShingleCounts> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (ShingleCounts c : pages) {
      if (c.tp() + c.fp() > 0) {
        p += c.precision();
        np++;
      }
      if (c.tp() + c.fn() > 0) {
        r += c.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new ExtractionScores(precision, recall, f1);
  }

  /** The tokens of {@code text} as the benchmark sees them. */
  static List<String> tokens(String text) {
    List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = isWord(cp);
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(text.substring(start));
    return out;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) return counts;
    int windows = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < windows; i++) {
      // U+0001 cannot be part of a token, so joined windows are distinct exactly when tuples are.
      String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + N)));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Python's {@code \w} on str: alphanumeric by {@code str.isalnum()}, or the underscore. */
  private static boolean isWord(int cp) {
    if (cp == '_') return true;
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
