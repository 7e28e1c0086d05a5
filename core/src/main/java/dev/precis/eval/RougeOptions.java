package dev.precis.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
 * resamples, checked to be positive; see {@link BootstrapInterval}), {@code -d} (per-evaluation
 * output), {@code -e DIR} (data directory: the data ships with this scorer), {@code -v}
 * (verbose), {@code -t 0} (average by sentence, the default) and {@code -z SPL} (one sentence
 * per line, which is how {@link RougeScorer#score} takes its input).
 *
 * <p>Refused with an {@link IllegalArgumentException}: {@code -3} (Basic Elements), {@code -M},
 * {@code -h}, {@code -H}, {@code -t 1|2} (corpus-level counting), positional arguments, any
 * other letter, and any bad value.
 */
public final class RougeOptions {
  static final String SUPPORTED =
      "-a -b -c -d -e -f -l -m -n -p -r -s -t -u -U -v -w -x -z -2";
  private static final String FLAGS = "adm" + "suUvx";
  private static final String WITH_VALUE = "bcefl" + "nprtwz2";

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

  private RougeOptions(Builder b, String commandLine) {
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
    if (commandLine == null) {
      throw new IllegalArgumentException("ROUGE options are null: pass \"\" for the defaults");
    }
    String[] args = commandLine.strip().isEmpty() ? new String[0] : commandLine.strip().split("\\s+");
    Builder b = new Builder();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        if (i + 1 < args.length) {
          throw positional(args[i + 1]);
        }
        break;
      }
      if (!arg.startsWith("-") || arg.length() == 1) {
        throw positional(arg);
      }
      for (int k = 1; k < arg.length(); k++) {
        char option = arg.charAt(k);
        if (FLAGS.indexOf(option) >= 0) {
          b.flag(option);
        } else if (WITH_VALUE.indexOf(option) >= 0) {
          String value;
          if (k + 1 < arg.length()) {
            value = arg.substring(k + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new IllegalArgumentException(
                "ROUGE option '-" + option + "' needs a value: " + b.describe(option));
          }
          b.value(option, value);
          break;
        } else {
          throw new IllegalArgumentException(
              "unsupported ROUGE option '-" + option + "': supported are " + SUPPORTED);
        }
      }
    }
    b.check();
    return new RougeOptions(b, String.join(" ", args));
  }

  private static IllegalArgumentException positional(String arg) {
    return new IllegalArgumentException(
        "unexpected ROUGE argument '" + arg + "': give options only (supported are " + SUPPORTED
            + "); the texts are passed to RougeScorer.score");
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

  /** Collects options while parsing; checked once at the end. */
  private static final class Builder {
    int maxN;
    boolean noLcs;
    double weight = Double.NaN;
    String weightLabel;
    Integer skipDistance;
    SkipUnigrams skipUnigrams = SkipUnigrams.NO;
    boolean stem;
    boolean removeStopWords;
    int wordLimit;
    int byteLimit;
    boolean wordLimitGiven;
    boolean byteLimitGiven;
    double alpha = 0.5;
    boolean bestReference;

    void flag(char option) {
      switch (option) {
        case 'm' -> stem = true;
        case 's' -> removeStopWords = true;
        case 'x' -> noLcs = true;
        case 'u' -> skipUnigrams = SkipUnigrams.ONLY_WITH_UNIGRAMS;
        case 'U' -> {
          if (skipUnigrams != SkipUnigrams.ONLY_WITH_UNIGRAMS) {
            skipUnigrams = SkipUnigrams.BOTH;
          }
        }
        default -> { } // -a, -d, -v: output choices of the Perl script, no effect on scores
      }
    }

    void value(char option, String value) {
      switch (option) {
        case 'n' -> maxN = wholeNumber(option, value, 1);
        case 'w' -> {
          weight = number(option, value);
          if (!(weight > 0) || Double.isInfinite(weight)) {
            throw bad(option, value);
          }
          weightLabel = value;
        }
        case '2' -> skipDistance = wholeNumber(option, value, Integer.MIN_VALUE);
        case 'l' -> {
          wordLimit = wholeNumber(option, value, 0);
          wordLimitGiven = true;
        }
        case 'b' -> {
          byteLimit = wholeNumber(option, value, 0);
          byteLimitGiven = true;
        }
        case 'p' -> {
          alpha = number(option, value);
          if (!(alpha >= 0 && alpha <= 1)) {
            throw bad(option, value);
          }
        }
        case 'f' -> {
          if (!value.equals("A") && !value.equals("B")) {
            throw bad(option, value);
          }
          bestReference = value.equals("B");
        }
        case 'c' -> {
          double cf = number(option, value);
          if (!(cf >= 0 && cf <= 100)) {
            throw bad(option, value);
          }
        }
        case 'r' -> wholeNumber(option, value, 1);
        case 't' -> {
          if (!value.equals("0")) {
            throw bad(option, value);
          }
        }
        case 'z' -> {
          if (!value.toUpperCase(Locale.ROOT).equals("SPL")) {
            throw bad(option, value);
          }
        }
        default -> { } // -e: the data directory; the data ships with the scorer
      }
    }

    void check() {
      if (wordLimitGiven && byteLimitGiven) {
        throw new IllegalArgumentException(
            "ROUGE options '-l' and '-b' were both given: limit the length in words (-l) or in"
                + " bytes (-b), not both");
      }
      if (skipUnigrams != SkipUnigrams.NO && skipDistance == null) {
        throw new IllegalArgumentException(
            "ROUGE option '-" + (skipUnigrams == SkipUnigrams.BOTH ? 'U' : 'u')
                + "' needs '-2 D' (skip bigrams at most D words apart, -1 for any distance)");
      }
    }

    String describe(char option) {
      return switch (option) {
        case 'n' -> "a whole number from 1 up (ROUGE-1 to ROUGE-N)";
        case 'w' -> "a number above 0 (the ROUGE-W weight, e.g. 1.2)";
        case '2' -> "a whole number (the skip distance; negative for any distance)";
        case 'l' -> "a whole number from 0 up (words kept; 0 for no limit)";
        case 'b' -> "a whole number from 0 up (bytes kept; 0 for no limit)";
        case 'p' -> "a number from 0 to 1 (alpha: the weight of recall in F)";
        case 'f' -> "A (average over the references) or B (best reference)";
        case 'c' -> "a number from 0 to 100 (the confidence level)";
        case 'r' -> "a whole number from 1 up (the bootstrap resamples)";
        case 't' -> "0 (average by sentence; 1 and 2 are not supported)";
        case 'z' -> "SPL (one sentence per line; other formats are not supported)";
        default -> "a directory (ignored: the data ships with the scorer)";
      };
    }

    private IllegalArgumentException bad(char option, String value) {
      return new IllegalArgumentException(
          "ROUGE option '-" + option + "' has the bad value '" + value + "': it takes "
              + describe(option));
    }

    private int wholeNumber(char option, String value, int min) {
      try {
        int n = Integer.parseInt(value);
        if (n < min) {
          throw bad(option, value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw bad(option, value);
      }
    }

    private double number(char option, String value) {
      if (!value.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        throw bad(option, value);
      }
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw bad(option, value);
      }
    }
  }
}
