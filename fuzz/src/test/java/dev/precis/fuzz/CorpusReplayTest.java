package dev.precis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the regression corpus (fuzz/corpus/TARGET/: the seeds and every input fuzz/run found
 * failing, kept once fixed) through the fuzz targets: each must hold its properties on each.
 */
class CorpusReplayTest {
  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new java.util.ArrayList<>();
    for (FuzzTargets t : FuzzTargets.values()) {
      Path dir = Path.of("corpus", t.name().toLowerCase(Locale.ROOT));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) cases.add(Arguments.of(t, f));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("corpus")
  void everyCorpusInputHoldsItsTargetsProperties(FuzzTargets target, Path input) throws IOException {
    target.run(Files.readAllBytes(input));
  }

  @org.junit.jupiter.api.Test
  void everyTargetHasACorpus() throws IOException {
    for (FuzzTargets t : FuzzTargets.values()) {
      try (Stream<Path> files = Files.list(Path.of("corpus", t.name().toLowerCase(Locale.ROOT)))) {
        assertThat(files.count()).as(t.name()).isGreaterThanOrEqualTo(2);
      }
    }
  }
}
