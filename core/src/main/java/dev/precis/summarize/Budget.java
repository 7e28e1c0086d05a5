package dev.precis.summarize;

import java.util.Locale;

/**
 * How long a summary may be: a number of words, sentences or characters. A summary never exceeds
 * its budget.
 */
public record Budget(Unit unit, int amount) {
  public enum Unit { WORDS, SENTENCES, CHARACTERS }

  public Budget {
    if (amount < 1) {
      throw new IllegalArgumentException("budget must be at least 1 " + unit.name()
          .toLowerCase(Locale.ROOT) + ", got " + amount);
    }
  }

  public static Budget words(int n) {
    return new Budget(Unit.WORDS, n);
  }

  public static Budget sentences(int n) {
    return new Budget(Unit.SENTENCES, n);
  }

  public static Budget characters(int n) {
    return new Budget(Unit.CHARACTERS, n);
  }

  /** The cost of one sentence of {@code words} words and {@code chars} characters. */
  int cost(int words, int chars) {
    return switch (unit) {
      case WORDS -> words;
      case SENTENCES -> 1;
      case CHARACTERS -> chars;
    };
  }

  @Override
  public String toString() {
    return amount + " " + unit.name().toLowerCase(Locale.ROOT);
  }
}
