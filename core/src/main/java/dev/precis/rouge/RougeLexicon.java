package dev.precis.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists ROUGE-1.5.5 ships and this scorer ships with it: the SMART stop-word list and
 * the WordNet 2.0 morphological exception lists (inflected form to base form, e.g. "geese" to
 * "goose"). Immutable; loaded once from this package's resources.
 */
final class RougeLexicon {
  private static final String[] EXCEPTION_FILES = {"adv.exc", "adj.exc", "noun.exc", "verb.exc"};

  private final Set<String> stopWords;
  private final Map<String, String> exceptions;

  private RougeLexicon(Set<String> stopWords, Map<String, String> exceptions) {
    this.stopWords = Set.copyOf(stopWords);
    this.exceptions = Map.copyOf(exceptions);
  }

  /** The lexicon read from the class path, shared by all scorers. */
  static RougeLexicon shared() {
    return Holder.SHARED;
  }

  /** True for a word of the SMART stop-word list (lower case, as ROUGE compares them). */
  boolean isStopWord(String word) {
    return stopWords.contains(word);
  }

  /**
   * The WordNet base form of an irregular inflection, or {@code null} when the word is not in
   * the exception lists (package-private: callers fall back to Porter stemming).
   */
  String exception(String word) {
    return exceptions.get(word);
  }

  private static final class Holder {
    static final RougeLexicon SHARED = load();
  }

  /*
   * ROUGE's buildExceptionDB.pl stores "first word -> second word" of every line, a later line
   * overwriting an earlier one, and the files came in directory order. Six words are listed
   * twice with different bases (best, better, involucra, is, offer, testes). The script's scores
   * show that adj.exc came after adv.exc ("best" is "good", not "well"); within a file the
   * later line wins ("offer" stays "offer"); noun.exc before verb.exc only decides "testes".
   */
  private static RougeLexicon load() {
    Set<String> stop = new HashSet<>();
    readLines("smart_common_words.txt", line -> stop.add(line));
    Map<String, String> exceptions = new HashMap<>();
    for (String file : EXCEPTION_FILES) {
      readLines(file, line -> {
        String[] fields = line.strip().split("\\s+");
        if (fields.length >= 2) {
          exceptions.put(fields[0], fields[1]);
        }
      });
    }
    return new RougeLexicon(stop, exceptions);
  }

  private static void readLines(String resource, java.util.function.Consumer<String> sink) {
    try (InputStream in = RougeLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource dev/precis/eval/" + resource + " is missing from the class path: the"
                + " ROUGE scorer's data must ship in the precis-core jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        sink.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource dev/precis/eval/" + resource, e);
    }
  }
}
