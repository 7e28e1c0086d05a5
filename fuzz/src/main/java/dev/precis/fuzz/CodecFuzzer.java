package dev.precis.fuzz;

/** Jazzer's entry point for {@link FuzzTargets#CODEC}. */
public final class CodecFuzzer {
  private CodecFuzzer() {}

  public static void fuzzerTestOneInput(byte[] data) {
    FuzzTargets.CODEC.run(data);
  }
}
