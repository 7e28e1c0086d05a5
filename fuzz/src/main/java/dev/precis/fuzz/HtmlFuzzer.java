package dev.precis.fuzz;

/** Jazzer's entry point for {@link FuzzTargets#HTML}. */
public final class HtmlFuzzer {
  private HtmlFuzzer() {}

  public static void fuzzerTestOneInput(byte[] data) {
    FuzzTargets.HTML.run(data);
  }
}
