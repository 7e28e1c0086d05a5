package dev.precis.rouge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The settings of a ROUGE run, read from a ROUGE-1.5.5 command line such as
 * {@code -n 2 -2 4 -U -m -l 300 -f A}. Immutable.
 *
 * <p>Options that change the scores: {@code -n N} (ROUGE-1..N), {@code -x} (no ROUGE-L),
 * {@code -w W} (ROUGE-W-W), {@code -2 D} (skip bigrams at most D words apart; negative means any
 * distance), {@code -u} (skip bigrams plus unigrams instead of skip bigrams), {@code -U} (both),
 * {@code -m} (WordNet exceptions, then Porter stemming), {@code -s} (drop SMART stop words),
 * {@code -l N} / {@code -b N} (keep the first N words / bytes of every text; 0 means no limit),
 * {@code -p alpha} (weight of recall in F, 0.5 by default), {@code -f A|B} (average over the
 * references, the default, or take the best one).
 *
 * <p>Accepted and ignored, because they do not change one case's scores: {@code -a} (all
 * systems), {@code -c CF} (confidence level, checked to lie in 0..100), {@code -r N} (bootstrap
 * resamples, checked to be positive; see the evaluation's bootstrap intervals), {@code -d} (per-evaluation
 * output), {@code -e DIR} (data directory: the data ships with this scorer), {@code -v}
 * (verbose), {@code -t 0} (average by sentence, the default) and {@code -z SPL} (one sentence
 * per line, which is how {@link RougeScorer#score} takes its input).
 *
 * <p>Refused with an {@link IllegalArgumentException}: {@code -3} (Basic Elements), {@code -M},
 * {@code -h}, {@code -H}, {@code -t 1|2} (corpus-level counting), positional arguments, any
 * other letter, and any bad value.
 */
public final class RougeOptions {

  /** How skip bigrams are counted. */
  enum SkipUnigrams { NO, ONLY_WITH_UNIGRAMS, BOTH }

  private final String commandLine;
  private final int maxN;
  private final boolean lcs;
  private final double weight;
  private final String weightLabel;
  private final Integer skipDistance;
  private final SkipUnigrams skipUnigrams;
  private final boolean stem;
  private final boolean removeStopWords;
  private final int wordLimit;
  private final int byteLimit;
  private final double alpha;
  private final boolean bestReference;

  private RougeOptions(RougeOptionParser b, String commandLine) {
    this.commandLine = commandLine;
    this.maxN = b.maxN;
    this.lcs = !b.noLcs;
    this.weight = b.weight;
    this.weightLabel = b.weightLabel;
    this.skipDistance = b.skipDistance;
    this.skipUnigrams = b.skipUnigrams;
    this.stem = b.stem;
    this.removeStopWords = b.removeStopWords;
    this.wordLimit = b.wordLimit;
    this.byteLimit = b.byteLimit;
    this.alpha = b.alpha;
    this.bestReference = b.bestReference;
  }

  /**
   * Reads a ROUGE-1.5.5 command line (options only, no file names), as Perl's Getopt::Std does:
   * flags may be bundled ({@code -mx}), values may be attached ({@code -n4}) or follow
   * ({@code -2 -1}).
   *
   * @throws IllegalArgumentException naming the option and what is supported, for an unknown
   *     or unsupported option, a missing or bad value, or a positional argument
   */
  public static RougeOptions parse(String commandLine) {
    RougeOptionParser b = RougeOptionParser.parse(commandLine);
    return new RougeOptions(b, b.normalized);
  }

  /** The command line this was parsed from, with whitespace normalised. */
  public String commandLine() {
    return commandLine;
  }

  /**
   * The metrics a scorer with these options reports, in ROUGE's order, named as ROUGE-1.5.5
   * prints them ("ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-S4", "ROUGE-SU4", "ROUGE-SU*", ...).
   */
  public List<String> metrics() {
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= maxN; n++) {
      names.add("ROUGE-" + n);
    }
    if (lcs) {
      names.add("ROUGE-L");
    }
    if (weightLabel != null) {
      names.add("ROUGE-W-" + weightLabel);
    }
    if (skipDistance != null) {
      String d = skipDistance < 0 ? "*" : Integer.toString(skipDistance);
      if (skipUnigrams != SkipUnigrams.ONLY_WITH_UNIGRAMS) {
        names.add("ROUGE-S" + d);
      }
      if (skipUnigrams != SkipUnigrams.NO) {
        names.add("ROUGE-SU" + d);
      }
    }
    return Collections.unmodifiableList(names);
  }

  int maxN() {
    return maxN;
  }

  boolean lcs() {
    return lcs;
  }

  /** The ROUGE-W weight, or NaN when ROUGE-W is not computed. */
  double weight() {
    return weight;
  }

  /** The ROUGE-W weight as written on the command line, as ROUGE names the metric. */
  String weightLabel() {
    return weightLabel;
  }

  boolean wlcs() {
    return weightLabel != null;
  }

  /** The skip distance, negative for any distance; only meaningful when {@link #skipBigrams()}. */
  int skipDistance() {
    return skipDistance == null ? 0 : skipDistance;
  }

  boolean skipBigrams() {
    return skipDistance != null;
  }

  SkipUnigrams skipUnigrams() {
    return skipUnigrams;
  }

  boolean stem() {
    return stem;
  }

  boolean removeStopWords() {
    return removeStopWords;
  }

  /** Words kept from each text, 0 for no limit. */
  int wordLimit() {
    return wordLimit;
  }

  /** Bytes (of UTF-8) kept from each text, 0 for no limit. */
  int byteLimit() {
    return byteLimit;
  }

  double alpha() {
    return alpha;
  }

  boolean bestReference() {
    return bestReference;
  }

  /** Equal when parsed from the same options written in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RougeOptions other && other.commandLine.equals(commandLine);
  }

  @Override
  public int hashCode() {
    return commandLine.hashCode();
  }

  @Override
  public String toString() {
    return "RougeOptions[" + commandLine + "]";
  }
}
