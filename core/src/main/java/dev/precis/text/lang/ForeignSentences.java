package dev.precis.text.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Sentences in another language inside an English cluster: an Indonesian abstract after the
 * English one, a Dutch article among English reports. A summary in English cannot take them.
 *
 * <p>Cheap first: a cluster is English when at least {@value #ENGLISH_CLUSTER} of its words are
 * common English function words ("the", "of", "was", ...). A sentence of {@value #MIN_WORDS}
 * words or more with less than {@value #NOT_ENGLISH} of them, and either {@value #FOREIGN_WORDS}
 * function words of another language ("het", "yang", "und", ...) or mostly letters of another
 * script, is a suspect; only suspects go to the {@link LanguageDetector}, whose most probable
 * language must be another than English (however close the runner-up: Indonesian and Malay
 * often are, and either is foreign here). On the 13,869 sentences of the Multi-News dev sample
 * this sets aside 15, all Indonesian or Dutch, for about 0.2 ms a cluster. Clusters in other
 * languages are left alone.
 */
public final class ForeignSentences {
  static final double ENGLISH_CLUSTER = 0.25;
  static final double NOT_ENGLISH = 0.1;
  static final int MIN_WORDS = 6;
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "and", "in",
      "is", "was", "for", "on", "that", "with", "as", "by", "at", "from", "it", "its", "be", "are",
      "were", "has", "have", "had", "this", "but", "not", "or", "he", "she", "they", "his", "her",
      "their", "will", "would", "said", "says", "who", "which", "been", "after", "about", "than");

  /**
   * Function words of the languages most often found inside English news pages (Dutch, German,
   * French, Spanish, Portuguese, Italian, Indonesian and Malay, Scandinavian): a suspect needs
   * {@value #FOREIGN_WORDS} of them, or mostly non-Latin letters, before the detector is asked.
   */
  private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("de", "het", "een", "van", "zijn",
      "niet", "voor", "naar", "hij", "werd", "der", "die", "das", "und", "ist", "nicht", "mit", "ein",
      "eine", "zu", "le", "la", "les", "et", "des", "est", "une", "du", "pour", "dans", "que", "el",
      "los", "las", "y", "es", "por", "con", "para", "una", "del", "il", "di", "che", "per", "non",
      "um", "uma", "os", "em", "dan", "yang", "ini", "dari", "dengan", "untuk", "tidak", "akan",
      "och", "att", "med", "som", "og", "ikke", "en", "aan", "op", "dalam", "pada", "itu", "juga");
  /** The two sets as sorted keys of {@link #key}: looked up without making a string per word. */
  private static final int[] ENGLISH_KEYS = keys(FUNCTION_WORDS);
  private static final int[] FOREIGN_KEYS = keys(FOREIGN_FUNCTION_WORDS);
  static final int FOREIGN_WORDS = 2;

  private ForeignSentences() {}

  /** For each of {@code sentences} (one cluster's), whether it is in a language other than English. */
  public static boolean[] of(List<String> sentences) {
    int n = sentences.size();
    boolean[] out = new boolean[n];
    int[] words = new int[n];
    int[] function = new int[n];
    int[] foreignWords = new int[n];
    int[] nonLatin = new int[n];
    int[] letters = new int[n];
    long allWords = 0;
    long allFunction = 0;
    for (int i = 0; i < n; i++) {
      count(sentences.get(i), i, words, function, foreignWords, nonLatin, letters);
      allWords += words[i];
      allFunction += function[i];
    }
    if (allWords == 0 || allFunction < ENGLISH_CLUSTER * allWords) return out;
    for (int i = 0; i < n; i++) {
      boolean script = nonLatin[i] * 2 > letters[i];
      if (words[i] >= MIN_WORDS && function[i] < NOT_ENGLISH * words[i]
          && (script || foreignWords[i] >= FOREIGN_WORDS)) {
        String language = LanguageDetector.shared().mostProbable(sentences.get(i));
        out[i] = !language.isEmpty() && !language.equals("en");
      }
    }
    return out;
  }

  private static int[] keys(Set<String> words) {
    return words.stream().mapToInt(w -> key(w, 0, w.length())).sorted().toArray();
  }

  /**
   * A word of up to six ASCII letters as a number, five bits a letter, case ignored; -1 for any
   * other word (no function word listed here is longer or has other letters).
   */
  private static int key(CharSequence s, int start, int end) {
    if (end - start > 6) return -1;
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
      if (c < 'a' || c > 'z') return -1;
      k = (k << 5) | (c - 'a' + 1);
    }
    return k;
  }

  /**
   * Counts the words (runs of letters) of {@code s}, those that are English function words and
   * those that are other languages' function words, and its letters, Latin or not.
   */
  private static void count(String s, int at, int[] words, int[] function, int[] foreignWords,
      int[] nonLatin, int[] letters) {
    int i = 0;
    int len = s.length();
    while (i < len) {
      if (!isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < len && isLetter(s.charAt(i))) {
        if (s.charAt(i) >= '\u0250') nonLatin[at]++;
        i++;
      }
      letters[at] += i - start;
      words[at]++;
      int k = key(s, start, i);
      if (k < 0) continue;
      if (Arrays.binarySearch(ENGLISH_KEYS, k) >= 0) function[at]++;
      else if (Arrays.binarySearch(FOREIGN_KEYS, k) >= 0) foreignWords[at]++;
    }
  }

  /** {@link Character#isLetter(char)}, answered for ASCII without its table. */
  private static boolean isLetter(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }
}
