package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.render.SummaryFormat;
import dev.precis.summarize.SelectionOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every option that takes one of a fixed set of values is read by one converter: any case is
 * taken, by every command alike, and a bad value is refused naming the option and the choices.
 */
class EnumOptionsTest extends CommandTestBase {
  /** The command object {@code args} parse to, as the launcher parses them. */
  static Object parsed(String... args) {
    CommandLine.ParseResult r = Main.commandLine().parseArgs(args);
    return r.subcommand().commandSpec().userObject();
  }

  @Test
  void eventsTakesTheFormatInAnyCaseAsSummarizeDoes() {
    assertThat(((EventsCommand) parsed("events", "in.jsonl", "-f", "MD")).format).isEqualTo(SummaryFormat.MD);
    assertThat(((SummarizeCommand) parsed("summarize", "in.jsonl", "-f", "MD")).format).isEqualTo(SummaryFormat.MD);
    assertThat(((EventsCommand) parsed("events", "in.jsonl")).format).isEqualTo(SummaryFormat.TEXT);
  }

  @Test
  void evalTakesItsFormatAndBudgetInAnyCase() {
    EvalCommand eval = (EvalCommand) parsed("eval", "d.jsonl", "--format", "JSON", "--budget", "Reference");
    assertThat(eval.format).isEqualTo(EvalCommand.TableFormat.JSON);
    assertThat(eval.budget).isEqualTo(EvalCommand.BudgetRule.REFERENCE);
    assertThat(((EvalCommand) parsed("eval", "d.jsonl")).format).isEqualTo(EvalCommand.TableFormat.TEXT);
  }

  @Test
  void trainTakesTheObjectiveByXgboostsName() {
    assertThat(((TrainCommand) parsed("train", "d.jsonl", "--objective", "rank:pairwise")).objective)
        .isEqualTo(TrainCommand.Objective.PAIRWISE);
    assertThat(((TrainCommand) parsed("train", "d.jsonl")).objective).isNull();
  }

  @Test
  void theOrderDefaultsToTheRequestsAndShowsItsCommandLineName() {
    assertThat(((SummarizeCommand) parsed("summarize", "in.jsonl")).summary.order)
        .isEqualTo(SelectionOptions.Order.RANK);
    assertThat(run("summarize", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("reading keeps the sources' order (default: rank)");
  }

  @Test
  void aBadValueIsRefusedAlikeByEveryCommandNamingTheOptionAndTheChoices() {
    String[][] lines = {
        {"events", "in.jsonl", "-f", "xml"},
        {"summarize", "in.jsonl", "-f", "xml"},
        {"eval", "d.jsonl", "-f", "xml"},
        {"eval", "d.jsonl", "--budget", "half"},
        {"train", "d.jsonl", "--objective", "hinge"}};
    String[] messages = {
        "Invalid value for option '--format': 'xml' is not one of text, json, md",
        "Invalid value for option '--format': 'xml' is not one of text, json, md",
        "Invalid value for option '--format': 'xml' is not one of text, json",
        "Invalid value for option '--budget': 'half' is not one of reference",
        "Invalid value for option '--objective': 'hinge' is not one of reg:squarederror, rank:pairwise"};
    for (int i = 0; i < lines.length; i++) {
      clearOutput();
      assertThat(run(lines[i])).as(String.join(" ", lines[i])).isEqualTo(Main.USAGE);
      assertThat(err.toString()).as(String.join(" ", lines[i])).startsWith(messages[i]);
      assertThat(out.toString()).isEmpty();
    }
  }
}
