package dev.precis.rouge;

import java.util.Locale;

/**
 * Reads a ROUGE-1.5.5 command line into settings, as Perl's Getopt::Std reads
 * {@code ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:}, and checks every value; {@link RougeOptions}
 * holds the result.
 */
final class RougeOptionParser {
  static final String SUPPORTED =
      "-a -b -c -d -e -f -l -m -n -p -r -s -t -u -U -v -w -x -z -2";
  private static final String FLAGS = "adm" + "suUvx";
  private static final String WITH_VALUE = "bcefl" + "nprtwz2";

  /** The command line with whitespace normalised. */
  String normalized;

  int maxN;
  boolean noLcs;
  double weight = Double.NaN;
  String weightLabel;
  Integer skipDistance;
  RougeOptions.SkipUnigrams skipUnigrams = RougeOptions.SkipUnigrams.NO;
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
      case 'u' -> skipUnigrams = RougeOptions.SkipUnigrams.ONLY_WITH_UNIGRAMS;
      case 'U' -> {
        if (skipUnigrams != RougeOptions.SkipUnigrams.ONLY_WITH_UNIGRAMS) {
          skipUnigrams = RougeOptions.SkipUnigrams.BOTH;
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
    if (skipUnigrams != RougeOptions.SkipUnigrams.NO && skipDistance == null) {
      throw new IllegalArgumentException(
          "ROUGE option '-" + (skipUnigrams == RougeOptions.SkipUnigrams.BOTH ? 'U' : 'u')
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

  static RougeOptionParser parse(String commandLine) {
    if (commandLine == null) {
      throw new IllegalArgumentException("ROUGE options are null: pass \"\" for the defaults");
    }
    String stripped = commandLine.strip();
    String[] args = stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    RougeOptionParser b = new RougeOptionParser();
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
    b.normalized = String.join(" ", args);
    return b;
  }

  private static IllegalArgumentException positional(String arg) {
    return new IllegalArgumentException(
        "unexpected ROUGE argument '" + arg + "': give options only (supported are "
            + SUPPORTED + "); the texts are passed to RougeScorer.score");
  }
}
