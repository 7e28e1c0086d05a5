package dev.precis.cli;

/** The {@code --threads} value the commands share: unset means every core; under 1 is refused. */
final class Threads {
  private Threads() {}

  /** How many threads {@code --threads} asks for; throws IllegalArgumentException naming a bad value. */
  static int count(Integer threads) {
    if (threads == null) return Runtime.getRuntime().availableProcessors();
    if (threads < 1) throw new IllegalArgumentException("--threads: must be 1 or more, got " + threads);
    return threads;
  }
}
