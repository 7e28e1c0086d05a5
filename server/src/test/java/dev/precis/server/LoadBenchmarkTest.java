package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadBenchmarkTest {
  /** Any file will do: the flags are read, not the data. */
  static final String DATA = "../examples/iraq-withdrawal-letter/000_f5f297b50b6fc771.txt";

  @Test
  void flagsAreReadWithTheirDefaults() {
    LoadBenchmark.Flags f = LoadBenchmark.parse(new String[] {"--data", DATA, "--writers", "8", "--wrk", "true"});
    assertThat(f).isEqualTo(new LoadBenchmark.Flags(Path.of(DATA), 60, 64, 8, 20, true, true, Ingestor.MAX_GROUP));
  }

  @Test
  void aBadValueIsRefusedNamingTheFlag() {
    assertThatThrownBy(() -> LoadBenchmark.parse(new String[] {"--data", DATA, "--seconds", "1m"}))
        .hasMessage("--seconds: '1m' is not a whole number");
    assertThatThrownBy(() -> LoadBenchmark.parse(new String[] {"--data", DATA, "--batch", "0"}))
        .hasMessage("--batch: 0 is out of range; give 1 to 1000");
    assertThatThrownBy(() -> LoadBenchmark.parse(new String[] {"--data", DATA, "--embeddings", "yes"}))
        .hasMessage("--embeddings: 'yes' is not true or false");
  }

  @Test
  void anUnknownFlagOrAMissingValueIsNamed() {
    assertThatThrownBy(() -> LoadBenchmark.parse(new String[] {"--reader", "8"}))
        .hasMessageStartingWith("unknown flag '--reader'; known: --data, --seconds, --readers");
    assertThatThrownBy(() -> LoadBenchmark.parse(new String[] {"--data", DATA, "--seconds"}))
        .hasMessage("--seconds: a value is missing");
    assertThatThrownBy(() -> LoadBenchmark.parse(new String[] {"--data", "no/such.jsonl"}))
        .hasMessage("--data: no/such.jsonl is not a file; give a JSONL cluster file");
  }
}
