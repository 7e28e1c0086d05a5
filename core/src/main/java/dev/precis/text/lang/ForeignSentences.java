package dev.precis.text.lang;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences in another language inside an English cluster: an Indonesian abstract after the
 * English one, a Dutch article among English reports. A summary in English cannot take them.
 *
 * <p>Cheap first: a cluster is English when at least {@value #ENGLISH_CLUSTER} of its words are
 * common English function words ("the", "of", "was", ...); a sentence of {@value #MIN_WORDS}
 * words or more with less than {@value #NOT_ENGLISH} of them is a suspect, and only suspects
 * (about 2% of the sentences of the Multi-News dev sample) go to the {@link LanguageDetector},
 * whose most probable language must be another than English (however close the runner-up:
 * Indonesian and Malay often are, and either is foreign here). Short English sentences of few function
 * words ("Fruit flies could make some talented fighter pilots.") are suspects the detector clears.
 * Clusters in other languages are left alone.
 */
public final class ForeignSentences {
  static final double ENGLISH_CLUSTER = 0.25;
  static final double NOT_ENGLISH = 0.1;
  static final int MIN_WORDS = 6;
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "and", "in",
      "is", "was", "for", "on", "that", "with", "as", "by", "at", "from", "it", "its", "be", "are",
      "were", "has", "have", "had", "this", "but", "not", "or", "he", "she", "they", "his", "her",
      "their", "will", "would", "said", "says", "who", "which", "been", "after", "about", "than");

  private ForeignSentences() {}

  /** For each of {@code sentences} (one cluster's), whether it is in a language other than English. */
  public static boolean[] of(List<String> sentences) {
    int n = sentences.size();
    boolean[] out = new boolean[n];
    int[] words = new int[n];
    int[] function = new int[n];
    long allWords = 0;
    long allFunction = 0;
    for (int i = 0; i < n; i++) {
      count(sentences.get(i), words, function, i);
      allWords += words[i];
      allFunction += function[i];
    }
    if (allWords == 0 || allFunction < ENGLISH_CLUSTER * allWords) return out;
    for (int i = 0; i < n; i++) {
      if (words[i] >= MIN_WORDS && function[i] < NOT_ENGLISH * words[i]) {
        String language = LanguageDetector.shared().mostProbable(sentences.get(i));
        out[i] = !language.isEmpty() && !language.equals("en");
      }
    }
    return out;
  }

  /** Counts the words (runs of letters) of {@code s} and those that are English function words. */
  private static void count(String s, int[] words, int[] function, int at) {
    int i = 0;
    int len = s.length();
    while (i < len) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < len && Character.isLetter(s.charAt(i))) i++;
      words[at]++;
      if (i - start <= 5 && FUNCTION_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
        function[at]++;
      }
    }
  }
}
