package dev.precis.fuzz;

/** Jazzer's entry point for {@link FuzzTargets#WARC}. */
public final class WarcFuzzer {
  private WarcFuzzer() {}

  public static void fuzzerTestOneInput(byte[] data) {
    FuzzTargets.WARC.run(data);
  }
}
