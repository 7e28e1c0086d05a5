package dev.precis.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougeOptionsTest {
  private static final String SUPPORTED =
      "-a -b -c -d -e -f -l -m -n -p -r -s -t -u -U -v -w -x -z -2";

  @Test
  void noOptionsComputeRougeLOnly() {
    assertThat(RougeOptions.parse("").metrics()).containsExactly("ROUGE-L");
  }

  @Test
  void readsTheDucProtocol() {
    RougeOptions options =
        RougeOptions.parse("-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a");
    assertThat(options.metrics()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4");
    assertThat(options.stem()).isTrue();
    assertThat(options.wordLimit()).isEqualTo(100);
  }

  @Test
  void readsTheSu4Protocol() {
    assertThat(RougeOptions.parse("-n 2 -2 4 -U -m -l 300 -f A").metrics())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4");
  }

  @Test
  void negativeSkipDistanceMeansAnyDistance() {
    assertThat(RougeOptions.parse("-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2").metrics())
        .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-W-1.2",
            "ROUGE-S*", "ROUGE-SU*");
  }

  @Test
  void lowerCaseUGivesSkipBigramsWithUnigramsOnly() {
    assertThat(RougeOptions.parse("-x -2 4 -u").metrics()).containsExactly("ROUGE-SU4");
  }

  @Test
  void acceptsTheOptionsThatOnlyShapeThePerlScriptsRun() {
    assertThat(RougeOptions.parse("-e data -a -d -v -z SPL -c 90 -r 500 -t 0 -n 1").metrics())
        .containsExactly("ROUGE-1", "ROUGE-L");
  }

  @Test
  void flagsMayBeBundledAndValuesAttached() {
    RougeOptions options = RougeOptions.parse("-mxn2 -l40");
    assertThat(options.metrics()).containsExactly("ROUGE-1", "ROUGE-2");
    assertThat(options.wordLimit()).isEqualTo(40);
  }

  @Test
  void optionsWithTheSameCommandLineAreEqual() {
    assertThat(RougeOptions.parse(" -n 2  -m ")).isEqualTo(RougeOptions.parse("-n 2 -m"));
  }

  @Test
  void refusesBasicElements() {
    assertThatThrownBy(() -> RougeOptions.parse("-n 2 -3 HM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported ROUGE option '-3': supported are " + SUPPORTED);
  }

  @Test
  void refusesUnknownLetters() {
    assertThatThrownBy(() -> RougeOptions.parse("-q"))
        .hasMessage("unsupported ROUGE option '-q': supported are " + SUPPORTED);
  }

  @Test
  void refusesAMissingValue() {
    assertThatThrownBy(() -> RougeOptions.parse("-m -n"))
        .hasMessage("ROUGE option '-n' needs a value: a whole number from 1 up (ROUGE-1 to ROUGE-N)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "-n x | ROUGE option '-n' has the bad value 'x': it takes a whole number from 1 up (ROUGE-1 to ROUGE-N)",
      "-n 0 | ROUGE option '-n' has the bad value '0': it takes a whole number from 1 up (ROUGE-1 to ROUGE-N)",
      "-p 1.5 | ROUGE option '-p' has the bad value '1.5': it takes a number from 0 to 1 (alpha: the weight of recall in F)",
      "-f C | ROUGE option '-f' has the bad value 'C': it takes A (average over the references) or B (best reference)",
      "-w 0 | ROUGE option '-w' has the bad value '0': it takes a number above 0 (the ROUGE-W weight, e.g. 1.2)",
      "-l -5 | ROUGE option '-l' has the bad value '-5': it takes a whole number from 0 up (words kept; 0 for no limit)",
      "-c 101 | ROUGE option '-c' has the bad value '101': it takes a number from 0 to 100 (the confidence level)",
      "-t 1 | ROUGE option '-t' has the bad value '1': it takes 0 (average by sentence; 1 and 2 are not supported)",
      "-z SEE | ROUGE option '-z' has the bad value 'SEE': it takes SPL (one sentence per line; other formats are not supported)"})
  void refusesBadValuesQuotingThem(String commandLine, String message) {
    assertThatThrownBy(() -> RougeOptions.parse(commandLine))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void refusesBothLengthLimits() {
    assertThatThrownBy(() -> RougeOptions.parse("-l 100 -b 665"))
        .hasMessage("ROUGE options '-l' and '-b' were both given: limit the length in words (-l)"
            + " or in bytes (-b), not both");
  }

  @Test
  void refusesUnigramsWithoutSkipBigrams() {
    assertThatThrownBy(() -> RougeOptions.parse("-n 2 -U"))
        .hasMessage("ROUGE option '-U' needs '-2 D' (skip bigrams at most D words apart, -1 for"
            + " any distance)");
  }

  @Test
  void refusesFileNames() {
    assertThatThrownBy(() -> RougeOptions.parse("-n 2 -a rouge.xml"))
        .hasMessage("unexpected ROUGE argument 'rouge.xml': give options only (supported are "
            + SUPPORTED + "); the texts are passed to RougeScorer.score");
  }
}
