package dev.precis.summarize;

import dev.precis.SummaryRequest;
import dev.precis.text.reading.Lead;
import dev.precis.text.reading.SentenceFlags;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.text.SentenceSplitter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramCoverageTest {
  static final Precis PRECIS = new Precis();
  static final SentenceSplitter SPLITTER = new SentenceSplitter();

  static List<List<String>> references(Cluster c) {
    String r = c.references().get(0);
    return List.of(SPLITTER.split(r).stream().map(s -> s.of(r)).toList());
  }

  @Test
  void labelsCountEachCopyOfAnNgramTheReferenceHolds() {
    ClusterText text = PRECIS.prepare(TestData.multiNews(1).get(0));
    NgramCoverage.Grams g = NgramCoverage.of(text);
    NgramCoverage.Rows rows = NgramCoverage.unigramRows(g, new float[text.size()]);
    // A reference that says "the" three times: copies 1-3 of "the" are held, the 4th is not.
    float[] y = g.labels(List.of(List.of("The cat, the dog and the bird."))).unigrams();
    int the = g.ids.get("the");
    Map<Integer, Float> byCopy = new HashMap<>();
    for (int i = 0; i < rows.keys.length; i++) if (rows.keys[i] == the) byCopy.put(rows.k[i], y[i]);
    assertThat(byCopy).containsEntry(1, 1f).containsEntry(3, 1f).containsEntry(4, 0f);
    // Two references: a row is labelled by the share of references that hold it.
    float[] two = g.labels(List.of(List.of("the end"), List.of("no article here"))).unigrams();
    for (int i = 0; i < rows.keys.length; i++) {
      if (rows.keys[i] == the && rows.k[i] == 1) assertThat(two[i]).isEqualTo(0.5f);
    }
  }

  @Test
  void tokensAreRougesStemsAndKnowTheirCapitals() {
    assertThat(NgramCoverage.capitalized("U.S. Defense Secretary Mark Esper's visit", 7))
        .containsExactly(true, true, true, true, true, true, false);
    ClusterText text = PRECIS.prepare(TestData.sample());
    NgramCoverage.Grams g = NgramCoverage.of(text);
    // ROUGE's Porter stemmer: "withdrawing" and "withdraw" are one unigram.
    assertThat(g.ids).containsKey("withdraw").doesNotContainKey("withdrawing");
    for (int[] u : g.unigrams) assertThat(u).isNotNull();
  }

  /**
   * Told the truth (each n-gram's chance is 1 when the reference holds it, else 0), the choice
   * must find far more of the reference than a lead summary: the selection maximizes what the
   * models expect, so its quality is bounded only by theirs.
   */
  @Test
  void withTrueChancesTheChoiceCoversTheReference() {
    RougeScorer rouge = new RougeScorer(RougeOptions.parse("-n 2 -m -l 300 -f A"));
    double chosen = 0;
    double lead = 0;
    for (Cluster c : TestData.multiNews(4)) {
      ClusterText text = PRECIS.prepare(c);
      NgramCoverage.Grams g = NgramCoverage.of(text);
      float[] none = new float[text.size()];
      NgramCoverage.Rows u = NgramCoverage.unigramRows(g, none);
      NgramCoverage.Rows b = NgramCoverage.bigramRows(g, none);
      NgramCoverage.Labels truth = g.labels(references(c));
      NgramCoverage.Choice choice = NgramCoverage.choose(text, g, u.probabilities(truth.unigrams(), g),
          b.probabilities(truth.bigrams(), g), none, none, MethodFixtures.selector(text, Budget.words(300)));
      List<List<String>> refs = references(c);
      List<String> sentences = Arrays.stream(choice.chosen()).mapToObj(i -> text.sentence(i).text()).toList();
      // The budget pays for what a summary shows: a leading "Meanwhile, " it leaves out is free.
      assertThat(Arrays.stream(choice.chosen()).map(i -> text.sentence(i).words() - text.sentence(i).flags().cutWords())
          .sum()).isLessThanOrEqualTo(300);
      chosen += rouge.score(sentences, refs).get("ROUGE-2").recall();
      List<String> first = PRECIS.summarize(text, Summarizer.named("lead"), SummaryRequest.defaults().withBudget(Budget.words(300)).selection())
          .sentences().stream().map(s -> s.text()).toList();
      lead += rouge.score(first, refs).get("ROUGE-2").recall();
    }
    assertThat(chosen).isGreaterThan(1.5 * lead);
  }

  @Test
  void aShortSummaryTakesOnlySentencesThatReadWellAlone() {
    ClusterText text = PRECIS.prepare(TestData.sample());
    // The sample holds sentences that lean on their context or scatter their quotation marks
    // ("That is not what happens, \u201Dhe said."): dense in likely n-grams, unfit for a short summary.
    assertThat(text.sentences()).anyMatch(s -> SentenceFlags.readsBadly(text.names(), s.text())
        && s.words() >= SummaryRequest.DEFAULT_MIN_WORDS);
    // Every method's: the shared selector leaves them out of a summary read as one paragraph.
    for (String method : Summarizer.names()) {
      if (method.equals("oracle")) continue; // needs references; the sample has none
      for (Budget budget : List.of(Budget.words(40), Budget.words(60), Budget.sentences(2))) {
        var summary = PRECIS.summarize(text, Summarizer.named(method), SummaryRequest.defaults().withBudget(budget).selection());
        assertThat(summary.sentences()).as(method).isNotEmpty();
        for (var s : summary.sentences()) {
          assertThat(SentenceFlags.readsBadly(text.names(), s.text())).as(method + ": " + s.text()).isFalse();
        }
      }
    }
    assertThat(Selector.readAsOneParagraph(Budget.words(60))).isTrue();
    assertThat(Selector.readAsOneParagraph(Budget.words(100))).isFalse();
  }

  /**
   * The opening is the sentence MEAD's centroid score rates highest of those that read well and
   * read as a lead: on the sample, and on Multi-News clusters whose 40-word summaries opened with
   * a question and an exclamation of nine words when the learned rating chose the opening.
   */
  @Test
  void theLearnedSummaryOpensWithTheCentralSentenceThatReadsAsALead() {
    List<Cluster> clusters = new java.util.ArrayList<>(List.of(TestData.sample()));
    for (Cluster c : TestData.multiNews(30)) {
      if (c.id().endsWith("-033") || c.id().endsWith("-036")) clusters.add(c);
    }
    assertThat(clusters).hasSize(3);
    List<String> openings = new java.util.ArrayList<>();
    for (Cluster c : clusters) {
      ClusterText text = PRECIS.prepare(c);
      List<Candidate> ranked = Summarizer.named("learned").rank(text, MethodFixtures.selector(text, Budget.words(40)));
      int first = ranked.get(0).sentence();
      String opening = text.sentence(first).text();
      openings.add(opening);
      assertThat(SentenceFlags.readsBadly(text.names(), opening)).as(opening).isFalse();
      assertThat(Lead.opensSummary(opening, text.sentence(first).words())).as(opening).isTrue();
      float[][] features = new SentenceFeatures().of(text);
      int mead = SentenceFeatures.NAMES.indexOf("mead_score");
      for (int i = 0; i < text.size(); i++) {
        var s = text.sentence(i);
        if (features[i][mead] > features[first][mead] && s.words() <= 40
            && s.words() >= SummaryRequest.DEFAULT_MIN_WORDS) {
          assertThat(SentenceFlags.readsBadly(text.names(), s.text())
              || !Lead.opensSummary(s.text(), s.words()))
              .as("a sentence more central than the opening must not read as a lead: %s", s.text())
              .isTrue();
        }
      }
    }
    assertThat(openings.get(0)).startsWith("US Defense Secretary Mark Esper denied reports");
    assertThat(openings.get(1)).startsWith("The always-outspoken Buffalo Bills wide receiver");
    assertThat(openings.get(2)).startsWith("Eva Longoria welcomed her first child");
  }
}
