package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpLayoutTest extends CommandTestBase {
  /**
   * Every command's --help fits 80 columns (its width when not on a terminal) and reads as
   * paragraphs: no line of prose breaks off after a word or two with the sentence going on below
   * ("... every sentence cited to the" / "articles" / "that state it"), as lines written for a
   * wider screen did when wrapped again at 80.
   */
  @Test
  void helpFitsEightyColumnsWithoutStrandedWords() {
    for (String command : List.of("summarize", "eval", "train", "extract", "eval-extraction")) {
      clearOutput();
      assertThat(run(command, "--help")).isEqualTo(0);
      String[] lines = out.toString().split("\n");
      List<String> stranded = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        assertThat(lines[i].length()).as(command + ": " + lines[i]).isLessThanOrEqualTo(80);
        if (i + 1 < lines.length && !lines[i].isEmpty() && !lines[i].startsWith(" ")
            && lines[i].length() < 40 && !lines[i + 1].isEmpty() && Character.isLowerCase(lines[i + 1].charAt(0))) {
          stranded.add(lines[i] + " / " + lines[i + 1]);
        }
      }
      assertThat(stranded).as(command).isEmpty();
    }
  }
}
