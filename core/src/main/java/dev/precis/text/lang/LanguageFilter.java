package dev.precis.text.lang;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the articles of a cluster that are in the wanted language. Each article is tagged with
 * its detected language (where the source did not say); an article the detector is unsure of is
 * kept; one confidently in another language is reported and left out. For English, an article
 * whose words are at least {@value #ENGLISH_FUNCTION_SHARE} English function words ("the", "of",
 * "and", ...) is English whatever the detector says: a scientific abstract full of Indonesian
 * place names is still English.
 */
public final class LanguageFilter {
  /** The value that keeps every language. */
  public static final String ANY = "any";

  static final double ENGLISH_FUNCTION_SHARE = 0.15;
  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as",
      "by", "at", "from", "this", "be", "are", "have", "has", "had", "not", "or", "but", "which",
      "its", "an", "were", "their", "they", "he", "she", "his", "her", "been", "will", "would");

  private final Supplier<LanguageDetector> detector;
  private final String wanted;

  /**
   * @param wanted an ISO 639-1 code such as "en", or {@link #ANY}
   * @throws IllegalArgumentException for anything else, quoting it
   */
  public LanguageFilter(LanguageDetector detector, String wanted) {
    this(() -> detector, wanted);
  }

  /**
   * A filter that asks {@code detector} for its detector only when an article needs one: English
   * articles kept for English never do, so their run does not load the model.
   */
  public LanguageFilter(Supplier<LanguageDetector> detector, String wanted) {
    if (!wanted.equals(ANY) && !isoCode(wanted)) {
      throw new IllegalArgumentException("language '" + wanted
          + "' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'");
    }
    this.detector = detector;
    this.wanted = wanted;
  }

  /** Two lower-case ASCII letters. */
  private static boolean isoCode(String s) {
    return s.length() == 2 && s.charAt(0) >= 'a' && s.charAt(0) <= 'z' && s.charAt(1) >= 'a'
        && s.charAt(1) <= 'z';
  }

  /** The longest of {@link #ENGLISH_FUNCTION_WORDS}: longer words are counted, not looked up. */
  private static final int LONGEST_FUNCTION_WORD = 5;

  /**
   * Whether the text's first 3,000 characters are English by their function words. Words are
   * runs of letters of the lower-cased sample (what splitting it at non-letters gives), scanned
   * in place: this runs on every article of every request.
   */
  static boolean looksEnglish(String text) {
    String sample = text.length() > 3000 ? text.substring(0, 3000) : text;
    String lower = sample.toLowerCase(java.util.Locale.ROOT);
    int words = 0, function = 0;
    int i = 0, n = lower.length();
    while (i < n) {
      int c = lower.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(c = lower.codePointAt(i))) i += Character.charCount(c);
      words++;
      if (i - start <= LONGEST_FUNCTION_WORD
          && ENGLISH_FUNCTION_WORDS.contains(lower.substring(start, i))) {
        function++;
      }
    }
    return words >= 20 && function >= ENGLISH_FUNCTION_SHARE * words;
  }

  /**
   * The cluster with its articles tagged and filtered, or empty if none is left. Each article
   * left out is reported to {@code problems}, with its language.
   */
  public Optional<Cluster> filter(Cluster cluster, Consumer<Problem> problems) {
    List<Article> kept = new ArrayList<>();
    for (Article a : cluster.articles()) {
      Article tagged;
      if (wanted.equals("en") && looksEnglish(a.text())) {
        // English by its function words whatever the detector would say: asking it is not needed.
        tagged = a.lang().equals("en") ? a : a.withLang("en");
      } else {
        tagged = a.lang().isEmpty() ? a.withLang(detector.get().detect(a.title() + "\n" + a.text())) : a;
      }
      if (wanted.equals(ANY) || tagged.lang().isEmpty() || tagged.lang().equals(wanted)) {
        kept.add(tagged);
      } else {
        problems.accept(new Problem("cluster " + cluster.id() + " article " + a.id(),
            "in '" + tagged.lang() + "', not '" + wanted + "'; left out (--lang any keeps it)"));
      }
    }
    if (kept.isEmpty()) return Optional.empty();
    return Optional.of(new Cluster(cluster.id(), kept, cluster.references(), cluster.query()));
  }
}
