package dev.precis.fuzz;

/** Jazzer's entry point for {@link FuzzTargets#JSONL}. */
public final class JsonlFuzzer {
  private JsonlFuzzer() {}

  public static void fuzzerTestOneInput(byte[] data) {
    FuzzTargets.JSONL.run(data);
  }
}
