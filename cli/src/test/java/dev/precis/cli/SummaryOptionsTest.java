package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.SummaryRequest;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands that summarize take one set of request options, with the library's defaults. */
class SummaryOptionsTest extends CommandTestBase {
  static final List<String> COMMANDS = List.of("summarize", "events", "serve");

  /** The request {@code command} builds from {@code args}, parsed as the launcher parses them. */
  static SummaryRequest request(String command, String... args) {
    String[] line = new String[args.length + 1];
    line[0] = command;
    System.arraycopy(args, 0, line, 1, args.length);
    CommandLine.ParseResult parsed = Main.commandLine().parseArgs(line);
    Object c = parsed.subcommand().commandSpec().userObject();
    SummaryOptions o = c instanceof SummarizeCommand s ? s.summary
        : c instanceof EventsCommand e ? e.summary : ((ServeCommand) c).summary;
    return o.request();
  }

  static String[] paths(String command, String... options) {
    List<String> all = new java.util.ArrayList<>(command.equals("serve") ? List.of() : List.of("in.jsonl"));
    all.addAll(List.of(options));
    return all.toArray(String[]::new);
  }

  @Test
  void withNoOptionsEveryCommandAsksForTheLibrarysDefaults() {
    for (String command : COMMANDS) {
      assertThat(request(command, paths(command))).as(command).isEqualTo(SummaryRequest.defaults());
    }
  }

  @Test
  void everyCommandTakesEveryOptionOfTheRequest() {
    SummaryRequest expected = SummaryRequest.defaults().withMethod("centroid").withBudget(Budget.sentences(2))
        .withRedundancy(0.7).withMinWords(9).withOrder(SelectionOptions.Order.READING).withQuery("troops")
        .withLanguage("any");
    for (String command : COMMANDS) {
      assertThat(request(command, paths(command, "-m", "centroid", "-s", "2", "--redundancy", "0.7",
          "--min-words", "9", "--order", "Reading", "--query", "troops", "--lang", "any")))
          .as(command).isEqualTo(expected);
      assertThat(request(command, paths(command, "--words", "40")).budget()).isEqualTo(Budget.words(40));
    }
  }

  @Test
  void helpShowsTheDefaultsOfTheRequest() {
    SummaryRequest d = SummaryRequest.defaults();
    for (String command : COMMANDS) {
      clearOutput();
      assertThat(run(command, "--help")).isEqualTo(0);
      String help = out.toString().replaceAll("\\s+", " ");
      assertThat(help).as(command).contains("(default: " + d.method() + ",")
          .contains("At most N words (default: " + d.budget().amount() + ")")
          .contains("(default: " + d.redundancy() + ")").contains("(default: " + d.minWords() + ")")
          .contains("(default: " + d.language() + ")").contains("(default: rank)");
    }
  }

  @Test
  void aBadValueIsRefusedByTheRequestNamingTheOption() {
    clearOutput();
    assertThat(run("events", "in.jsonl", "--order", "sideways")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("Invalid value for option '--order': 'sideways' is not one of rank, reading");
    clearOutput();
    assertThat(run("summarize", "in.jsonl", "--words", "0")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("budget must be at least 1 words, got 0");
  }
}
