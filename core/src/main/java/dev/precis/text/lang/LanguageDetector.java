package dev.precis.text.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text with OpenNLP's language detector and its trained model for 103
 * languages (character n-grams, maximum entropy), shipped on Maven Central.
 *
 * <p>Answers an ISO 639-1 code ({@code "en"}), or {@code ""} when unsure: the text has fewer than
 * {@value #MIN_LETTERS} letters, the best language is less than {@value #MIN_RATIO} times as
 * probable as the second (the model spreads probability over 103 languages, so the ratio, not
 * the probability, tells a clear answer), or it has no two-letter code. Reads at most the first {@value #MAX_CHARS} characters.
 * Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class LanguageDetector {
  static final int MIN_LETTERS = 20;
  static final double MIN_RATIO = 1.1;
  static final int MAX_CHARS = 3000;
  private static final String MODEL = "/langdetect-183.bin";
  /** ISO 639-3 codes of the model that Java's locale table does not map to a 639-1 code. */
  private static final Map<String, String> SPECIAL = Map.ofEntries(
      Map.entry("cmn", "zh"), Map.entry("nob", "no"), Map.entry("nno", "nn"),
      Map.entry("pes", "fa"), Map.entry("zsm", "ms"), Map.entry("ekk", "et"),
      Map.entry("lvs", "lv"), Map.entry("swh", "sw"), Map.entry("uzn", "uz"),
      Map.entry("azj", "az"), Map.entry("khk", "mn"), Map.entry("arb", "ar"),
      Map.entry("pnb", "pa"), Map.entry("ydd", "yi"), Map.entry("gug", "gn"),
      Map.entry("npi", "ne"), Map.entry("plt", "mg"), Map.entry("ory", "or"),
      Map.entry("als", "sq"), Map.entry("kmr", "ku"), Map.entry("fil", "tl"),
      Map.entry("zul", "zu"));
  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // a language without a three-letter code cannot be among the model's answers
      }
    }
    ISO3_TO_ISO1.putAll(SPECIAL);
    // Java's locale table still answers the withdrawn codes of ISO 639-1 for three languages.
    ISO3_TO_ISO1.replaceAll((iso3, iso1) -> switch (iso1) {
      case "in" -> "id";
      case "iw" -> "he";
      case "ji" -> "yi";
      default -> iso1;
    });
  }

  /** The ISO 639-1 code for one of the model's ISO 639-3 answers, or "" if it has none. */
  static String iso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, "");
  }

  private final ThreadLocal<LanguageDetectorME> detector;

  /**
   * Loads the model from the classpath (about 10 MB; do it once and share the detector).
   *
   * @throws UncheckedIOException if the model jar is missing from the classpath
   */
  public LanguageDetector() {
    LanguageDetectorModel model;
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IOException("resource " + MODEL + " not found; add "
            + "org.apache.opennlp:opennlp-models-langdetect to the classpath");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model: " + e.getMessage(), e);
    }
    detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /** One detector for the process, loaded on first use (the model is about 10 MB). */
  public static LanguageDetector shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final LanguageDetector INSTANCE = new LanguageDetector();
  }

  /**
   * The ISO 639-1 code of the language most probable for {@code text}, however close the second
   * (Indonesian and Malay often are), or "" for fewer than {@value #MIN_LETTERS} letters.
   */
  public String mostProbable(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) return "";
    Language best = detector.get().predictLanguage(sample);
    return best == null ? "" : iso1(best.getLang());
  }

  private static int letters(String sample) {
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) letters++;
    }
    return letters;
  }

  /** The ISO 639-1 code of {@code text}'s language, or "" when unsure. */
  public String detect(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) return "";
    Language[] ranked = detector.get().predictLanguages(sample);
    if (ranked.length == 0) return "";
    if (ranked.length > 1 && ranked[0].getConfidence() < MIN_RATIO * ranked[1].getConfidence()) {
      return "";
    }
    return iso1(ranked[0].getLang());
  }
}
