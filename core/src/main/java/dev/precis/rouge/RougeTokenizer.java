package dev.precis.rouge;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits text into ROUGE-1.5.5's tokens and numbers them. The script turns "-" into a token of
 * its own and every other byte outside A-Z, a-z, 0-9 into a space, then keeps only tokens that
 * start with a letter or digit: so a token is a run of ASCII letters and digits, and accented
 * letters, apostrophes and hyphens all split words ("café" gives "caf"). With stop-word removal
 * the SMART list is applied to the token as written; with stemming a token longer than 3
 * characters becomes its WordNet base form when it is an irregular inflection, and its Porter
 * stem otherwise (ROUGE's Perl Porter stemmer, see {@link RougePorterStemmer}).
 *
 * <p>Thread-safe: stems are remembered in a concurrent map, bounded in size.
 */
final class RougeTokenizer {
  private static final int MAX_CACHED_STEMS = 1 << 18;

  private final RougeLexicon lexicon;
  private final boolean stem;
  private final boolean removeStopWords;
  private final RougePorterStemmer porter = new RougePorterStemmer();
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  RougeTokenizer(RougeLexicon lexicon, boolean stem, boolean removeStopWords) {
    this.lexicon = lexicon;
    this.stem = stem;
    this.removeStopWords = removeStopWords;
  }

  /**
   * The tokens of a lower-cased byte string (see {@link RougeTextReader}), each numbered by
   * {@code ids}, which gives new tokens the next free number.
   */
  int[] tokens(String text, Map<String, Integer> ids) {
    int[] out = new int[16];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordByte(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isWordByte(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = text.substring(start, i);
        if (removeStopWords && lexicon.isStopWord(token)) {
          continue;
        }
        if (stem && token.length() > 3) {
          token = stemOf(token);
        }
        Integer id = ids.get(token);
        if (id == null) {
          id = ids.size();
          ids.put(token, id);
        }
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = id;
      }
    }
    return Arrays.copyOf(out, count);
  }

  private String stemOf(String token) {
    String cached = stems.get(token);
    if (cached != null) {
      return cached;
    }
    String base = lexicon.exception(token);
    String result = base != null ? base : porter.stem(token);
    if (stems.size() < MAX_CACHED_STEMS) {
      stems.put(token, result);
    }
    return result;
  }

  private static boolean isWordByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }
}
