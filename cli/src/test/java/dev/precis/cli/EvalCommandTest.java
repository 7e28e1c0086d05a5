package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.learn.ScorerTrainer;
import dev.precis.text.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest extends CommandTestBase {
  @TempDir Path dir;

  /**
   * The command line with the learned method's cross-validation folds trained quickly (10
   * boosting rounds for each of the three models instead of 200): these tests check what eval
   * decides, scores and prints, which a quick model shows as well; ScorerTrainerTest covers the
   * training itself.
   */
  @Override
  CommandLine commandLine() {
    CommandLine cl = super.commandLine();
    ScorerTrainer.Params d = ScorerTrainer.Params.DEFAULT;
    ((EvalCommand) cl.getSubcommands().get("eval").getCommand()).foldTrainer = precis ->
        new ScorerTrainer(precis, new ScorerTrainer.Params(10, d.depth(), d.eta(), d.objective()))
            .withNgramRounds(10);
    return cl;
  }

  /** The first {@code n} lines of the Multi-News dev sample, as a JSONL file of its own. */
  Path excerpt(int n) throws IOException {
    Path shared = Path.of(System.getProperty("precis.shared"));
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(shared.resolve("data/multinews_test_sample/dev.jsonl.gz"))), StandardCharsets.UTF_8))) {
      for (int i = 0; i < n; i++) lines.add(r.readLine());
    }
    Path f = dir.resolve("excerpt.jsonl");
    Files.write(f, lines);
    return f;
  }

  @Test
  void printsOneRowPerMethodWithIntervalsAndWritesPerClusterResults() throws IOException {
    Path data = excerpt(6);
    Path per = dir.resolve("per.jsonl");
    assertThat(run("eval", data.toString(), "--method", "lead,centroid", "--out", per.toString())).isEqualTo(0);
    String table = out.toString();
    assertThat(table).startsWith("method ").contains("ROUGE-1 F [95% CI]").contains("ROUGE-SU4");
    String rows = table.substring(0, table.indexOf("\n\n"));
    assertThat(rows.lines().filter(l -> l.startsWith("lead ") || l.startsWith("centroid "))).hasSize(2);
    assertThat(table).containsPattern("lead +6 \\| \\d+\\.\\d\\d \\[\\d+\\.\\d\\d, \\d+\\.\\d\\d]");
    assertThat(table).contains("ROUGE -n 2 -2 4 -U -m -l 300 -f A; 6 clusters");
    List<String> lines = Files.readAllLines(per);
    assertThat(lines).hasSize(12);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("multinews-test-sample-000");
    assertThat(first.get("scores").get("ROUGE-2").get("F").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void jsonTableHasMeansAndIntervals() throws IOException {
    Path data = excerpt(3);
    assertThat(run("eval", data.toString(), "--method", "lead", "--format", "json",
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    JsonNode row = new ObjectMapper().readTree(out.toString()).get(0);
    assertThat(row.get("method").asText()).isEqualTo("lead");
    JsonNode f = row.get("ROUGE-1").get("F");
    assertThat(f.get("low").asDouble()).isLessThanOrEqualTo(f.get("mean").asDouble());
    assertThat(f.get("high").asDouble()).isGreaterThanOrEqualTo(f.get("mean").asDouble());
  }

  @Test
  void theFirstMethodIsComparedWithEachOtherPairedByCluster() throws IOException {
    Path data = excerpt(6);
    assertThat(run("eval", data.toString(), "--method", "lead,oracle,random",
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    String text = out.toString();
    assertThat(text).contains("\nlead against each method, paired by cluster: F difference in points [95% CI],"
        + " then the share of resamples where lead is not ahead\n");
    // The oracle reads the references: lead is behind it on every cluster, so never ahead.
    assertThat(text).containsPattern("\noracle +6 \\| +-\\d+\\.\\d\\d \\[ *-\\d+\\.\\d\\d, +-\\d+\\.\\d\\d] 1\\.000");
    assertThat(text).containsPattern("\nrandom +6 \\| ");
  }

  @Test
  void againstNamesTheMethodToCompareWithAndJsonCarriesTheDifferences() throws IOException {
    Path data = excerpt(4);
    assertThat(run("eval", data.toString(), "--method", "lead,oracle", "--against", "oracle",
        "--format", "json", "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    JsonNode rows = new ObjectMapper().readTree(out.toString());
    assertThat(rows.get(1).has("against")).isFalse();
    JsonNode against = rows.get(0).get("against");
    assertThat(against.get("method").asText()).isEqualTo("oracle");
    assertThat(against.get("clusters").asInt()).isEqualTo(4);
    JsonNode r2 = against.get("ROUGE-2");
    assertThat(r2.get("mean").asDouble()).isPositive();
    assertThat(r2.get("low").asDouble()).isLessThanOrEqualTo(r2.get("mean").asDouble());
    assertThat(r2.get("notAhead").asDouble()).isZero();
  }

  @Test
  void againstAMethodNotRunIsAUsageErrorBeforeAnyWork() throws IOException {
    refusedBeforeAnyWork("precis: --against 'ilp' is not run; choose one of learned, lead",
        "--method", "learned,lead", "--against", "ilp");
  }

  /**
   * Runs eval on a few clusters with {@code options}: a usage error whose message starts with
   * {@code message}, given before the learned method trained its cross-validation folds and
   * before any output.
   */
  private void refusedBeforeAnyWork(String message, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("eval", excerpt(2).toString(), "--out",
        dir.resolve("p.jsonl").toString()));
    args.addAll(List.of(options));
    assertThat(run(args.toArray(String[]::new))).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith(message).doesNotContain("cross-validation");
    assertThat(dir.resolve("p.jsonl")).doesNotExist();
  }

  /**
   * Scored against each reference's first sentence: the same figures as a copy of the data whose
   * references were cut to their first sentence (Multi-News references open with the event).
   */
  @Test
  void referenceSentencesScoresAgainstTheReferencesOpening() throws IOException {
    Path data = excerpt(4);
    ObjectMapper json = new ObjectMapper();
    List<String> cut = new ArrayList<>();
    SentenceSplitter splitter = new SentenceSplitter();
    for (String line : Files.readAllLines(data)) {
      ObjectNode node = (ObjectNode) json.readTree(line);
      String ref = node.get("summaries").get(0).asText();
      String first = splitter.split(ref).get(0).of(ref);
      assertThat(first.length()).isLessThan(ref.length() / 2);
      node.putArray("summaries").add(first);
      cut.add(json.writeValueAsString(node));
    }
    Path firstOnly = dir.resolve("first.jsonl");
    Files.write(firstOnly, cut);
    String[] common = {"--method", "lead,centroid", "--words", "40", "--rouge", "-n 2 -2 4 -U -l 40 -f A",
        "--out", dir.resolve("p.jsonl").toString()};
    List<String> args = new ArrayList<>(List.of("eval", firstOnly.toString()));
    args.addAll(List.of(common));
    assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
    String expected = out.toString().lines().filter(l -> l.startsWith("lead ") || l.startsWith("centroid "))
        .toList().toString();
    clearOutput();
    args.set(1, data.toString());
    args.addAll(List.of("--reference-sentences", "1"));
    assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
    String got = out.toString().lines().filter(l -> l.startsWith("lead ") || l.startsWith("centroid "))
        .toList().toString();
    assertThat(got).isEqualTo(expected);
    clearOutput();
    args.subList(args.size() - 2, args.size()).clear();
    assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
    assertThat(out.toString().lines().filter(l -> l.startsWith("lead ") || l.startsWith("centroid "))
        .toList().toString()).isNotEqualTo(expected);
  }

  /** A reference-length budget is the length of the part of the references scored against. */
  @Test
  void aReferenceLengthBudgetFollowsTheReferenceSentencesScored() throws IOException {
    Path data = excerpt(3);
    Path per = dir.resolve("p.jsonl");
    assertThat(run("eval", data.toString(), "--method", "lead", "--budget", "reference", "--no-fill",
        "--reference-sentences", "1", "--out", per.toString())).isEqualTo(0);
    ObjectMapper json = new ObjectMapper();
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> clusters = Files.readAllLines(data);
    List<String> results = Files.readAllLines(per);
    assertThat(results).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String ref = json.readTree(clusters.get(i)).get("summaries").get(0).asText();
      int budget = splitter.split(ref).get(0).of(ref).strip().split("\\s+").length;
      int words = 0;
      for (JsonNode sentence : json.readTree(results.get(i)).get("summary")) {
        words += sentence.asText().strip().split("\\s+").length;
      }
      assertThat(words).isPositive().isLessThanOrEqualTo(budget);
      assertThat(budget).isLessThan(ref.split("\\s+").length / 2);
    }
  }

  @Test
  void aNegativeReferenceSentencesIsAUsageError() throws IOException {
    refusedBeforeAnyWork("precis: --reference-sentences must be 0 (all) or more, got -1",
        "--method", "learned", "--reference-sentences", "-1");
  }

  @Test
  void zeroThreadsIsAUsageError() throws IOException {
    refusedBeforeAnyWork("precis: --threads: must be 1 or more, got 0",
        "--method", "learned", "--threads", "0");
  }

  @Test
  void anEarlierRunsMethodIsScoredAsASystem() throws IOException {
    Path data = excerpt(3);
    Path before = dir.resolve("before.jsonl");
    assertThat(run("eval", data.toString(), "--method", "lead,centroid", "--out", before.toString())).isEqualTo(0);
    String leadRow = out.toString().lines().filter(l -> l.startsWith("lead ")).findFirst().orElseThrow();
    clearOutput();
    assertThat(run("eval", data.toString(), "--method", "centroid", "--system", "before=" + before + "#lead",
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    String row = out.toString().lines().filter(l -> l.startsWith("before ")).findFirst().orElseThrow();
    assertThat(row.substring("before".length()).strip()).isEqualTo(leadRow.substring("lead".length()).strip());
  }

  @Test
  void aFileOfSeveralMethodsNeedsOneNamed() throws IOException {
    Path data = excerpt(2);
    Path before = dir.resolve("before.jsonl");
    assertThat(run("eval", data.toString(), "--method", "lead,centroid", "--out", before.toString())).isEqualTo(0);
    clearOutput();
    assertThat(run("eval", data.toString(), "--method", "lead", "--system", "before=" + before,
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("precis: " + before + " holds the summaries of several methods"
        + " (centroid, lead); name one as FILE#METHOD, e.g. " + before + "#centroid");
    clearOutput();
    assertThat(run("eval", data.toString(), "--method", "lead", "--system", "before=" + before + "#ilp",
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("precis: " + before + " has no summaries of method 'ilp'; it has centroid, lead");
  }

  @Test
  void aSystemNamedLikeAMethodIsAUsageError() throws IOException {
    Path system = dir.resolve("peer.jsonl");
    Files.write(system, List.of("{\"id\":\"multinews-test-sample-000\",\"summary\":\"Denis Finley lost his job.\"}"));
    assertThat(run("eval", excerpt(1).toString(), "--method", "lead", "--system", "lead=" + system,
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("precis: --system name 'lead' is also a method of this run;"
        + " give the system another name");
  }

  /** Runs eval with lead on the first {@code clusters} of the sample and a system "peer" of these lines. */
  int evalWithPeer(int clusters, Path system, String... lines) throws IOException {
    Files.write(system, List.of(lines));
    return run("eval", excerpt(clusters).toString(), "--method", "lead", "--system", "peer=" + system,
        "--out", dir.resolve("p.jsonl").toString());
  }

  @Test
  void aSecondSummaryOfAClusterIsReportedAndTheFirstKept() throws IOException {
    Path system = dir.resolve("peer.jsonl");
    assertThat(evalWithPeer(1, system,
        "{\"id\":\"multinews-test-sample-000\",\"summary\":\"Denis Finley, editor of the Burlington Free Press, tweeted about gender on licenses.\"}",
        "{\"id\":\"multinews-test-sample-000\",\"summary\":\"Nothing at all.\"}")).isEqualTo(1);
    assertThat(err.toString()).contains(system + " line 2: a second summary of cluster multinews-test-sample-000"
        + " (the first, line 1, is kept); skipped");
    assertThat(out.toString()).containsPattern("\npeer +1 \\| +[1-9]\\d?\\.\\d\\d ");
  }

  @Test
  void anOutsideSystemIsScoredBesideTheMethods() throws IOException {
    assertThat(evalWithPeer(2, dir.resolve("peer.jsonl"),
        "{\"id\":\"multinews-test-sample-000\",\"summary\":\"Denis Finley lost his job as editor after tweets about gender on licenses.\"}",
        "{\"id\":\"multinews-test-sample-001\",\"summary\":[\"Anthony Scaramucci said his financial disclosure leaked.\"]}")).isEqualTo(0);
    // A row in the table, and one in the comparison with lead.
    assertThat(out.toString().lines().filter(l -> l.startsWith("peer "))).hasSize(2);
    assertThat(out.toString()).contains("lead against each method");
  }

  @Test
  void clustersAMethodCannotHandleGiveWarningsNotNaN() throws IOException {
    Path data = dir.resolve("odd.jsonl");
    Files.write(data, List.of(
        "{\"id\":\"one\",\"articles\":[{\"text\":\"Only one sentence stands in this whole article about the flood.\"}],\"summaries\":[\"A flood hit the town.\"]}",
        "{\"id\":\"dups\",\"articles\":[{\"text\":\"The same sentence is repeated in every article here.\"},{\"text\":\"The same sentence is repeated in every article here.\"}],\"summaries\":[\"A sentence repeats.\"]}",
        "{\"id\":\"noref\",\"articles\":[{\"text\":\"This cluster has no reference summary at all, sadly.\"}],\"summaries\":[\"\"]}"));
    assertThat(run("eval", data.toString(), "--method", "lead,centroid,lexrank,textrank,mmr,kl,submodular,ilp,oracle,random",
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    assertThat(out.toString()).doesNotContain("NaN");
    assertThat(out.toString()).containsPattern("lead +2 \\|");
    assertThat(err.toString()).contains("warning: noref: no reference summary; left out of the table");
  }

  @Test
  void anUnsupportedRougeOptionIsAUsageError() throws IOException {
    assertThat(run("eval", excerpt(1).toString(), "--rouge", "-3 HM", "--out", dir.resolve("p.jsonl").toString()))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("precis: unsupported ROUGE option '-3'");
  }

  @Test
  void theLearnedMethodIsCrossValidatedOnDataItsModelSaw() throws IOException {
    Path data = excerpt(2);
    assertThat(run("eval", data.toString(), "--method", "learned", "--folds", "2",
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    assertThat(err.toString()).contains("learned: 2 clusters of the data trained its model, so it is"
        + " scored by 2-fold cross-validation on the data instead");
    assertThat(out.toString()).containsPattern("learned +2 \\|");
  }

  /** Where the class's one trained model lives, shared by the tests that read it. */
  @TempDir static Path modelDir;
  /** What training it printed on standard output. */
  static String trainedOut;

  /**
   * A small model (10 rounds for each of its three models) trained once per class on the first 4
   * dev clusters, with a 2-fold cross-validated report, in {@link #modelDir}/m/scorer.xgb.
   */
  Path trainedModel() throws IOException {
    Path model = modelDir.resolve("m/scorer.xgb");
    if (trainedOut == null) {
      Path data = Files.copy(excerpt(4), modelDir.resolve("train.jsonl"));
      assertThat(run("train", data.toString(), "--out", model.toString(), "--folds", "2", "--rounds", "10",
          "--ngram-rounds", "10")).as(err.toString()).isEqualTo(0);
      trainedOut = out.toString();
      clearOutput();
    }
    return model;
  }

  /** Lines {@code from} to {@code to} (1-based, inclusive) of the dev sample, as a JSONL file. */
  Path excerpt(int from, int to) throws IOException {
    List<String> lines = Files.readAllLines(excerpt(to));
    return Files.write(dir.resolve("lines-" + from + "-" + to + ".jsonl"), lines.subList(from - 1, to));
  }

  @Test
  void trainWritesAModelThatEvalTakes() throws IOException {
    Path model = trainedModel();
    assertThat(trainedOut).contains("4 clusters, ").contains("2-fold cross-validated ROUGE")
        .contains("trained on all 4 clusters");
    assertThat(model).exists();
    for (String sibling : List.of(".trained-on", ".unigrams", ".bigrams")) {
      assertThat(modelDir.resolve("m/scorer.xgb" + sibling)).exists();
    }
    // Eval takes it: on two clusters it did not see, scored as they are.
    Path data = excerpt(5, 6);
    assertThat(run("eval", data.toString(), "--method", "learned", "--model", model.toString(),
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    assertThat(out.toString()).containsPattern("learned +2 \\|");
    assertThat(err.toString()).contains("was trained on none of these clusters (4 others), so they are a"
        + " clean test set");
  }

  @Test
  void aModelMissingItsNgramModelsIsAClearError() throws IOException {
    Path trained = trainedModel();
    Path model = Files.createDirectories(dir.resolve("m")).resolve("scorer.xgb");
    for (String sibling : List.of("", ".trained-on", ".unigrams")) {
      Files.copy(trained.resolveSibling("scorer.xgb" + sibling), model.resolveSibling("scorer.xgb" + sibling));
    }
    assertThat(run("eval", excerpt(5, 6).toString(), "--method", "learned", "--model", model.toString(),
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("scorer.xgb.bigrams").contains("precis train");
  }

  @Test
  void aModelTrainedOnOtherClustersScoresTheDataAsACleanTestSet() throws IOException {
    Path shared = Path.of(System.getProperty("precis.shared"));
    Path train = shared.resolve("data/multinews_plus/train.jsonl.gz");
    Path data = excerpt(2);
    Path model = dir.resolve("m/scorer.xgb");
    Path cache = dir.resolve("m/train.cache");
    List<String> args = List.of("train", train.toString(), "--clusters", "4", "--cache", cache.toString(),
        "--validation", data.toString(), "--rounds", "10", "--ngram-rounds", "10", "--drop", "capitalized_share,unigram:capitalized_share",
        "--out", model.toString());
    assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
    assertThat(err.toString()).contains("0 prepared clusters cached").contains("prepared 4/4 clusters");
    assertThat(out.toString()).contains("4 clusters, ").contains("ROUGE on the validation clusters")
        .containsPattern("learned +2 \\|").contains("total ").doesNotContain("cross-validated");
    assertThat(cache).exists();
    // A second run takes every cluster from the cache.
    clearOutput();
    assertThat(run(args.toArray(String[]::new))).isEqualTo(0);
    assertThat(err.toString()).contains("4 prepared clusters cached");
    clearOutput();
    assertThat(run("eval", data.toString(), "--method", "learned", "--model", model.toString(),
        "--out", dir.resolve("p.jsonl").toString())).isEqualTo(0);
    assertThat(err.toString()).contains("was trained on none of these clusters (4 others), so they are a clean"
        + " test set").doesNotContain("cross-validation on the data");
    assertThat(out.toString()).containsPattern("learned +2 \\|");
  }
}
