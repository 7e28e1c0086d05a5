package dev.precis.fuzz;

/** Jazzer's entry point for {@link FuzzTargets#TEXT}. */
public final class TextFuzzer {
  private TextFuzzer() {}

  public static void fuzzerTestOneInput(byte[] data) {
    FuzzTargets.TEXT.run(data);
  }
}
