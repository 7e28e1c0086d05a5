package dev.precis.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RougeScorerTest {
  private static final List<String> REFERENCE = List.of(
      "The Curiosity rover landed safely on Mars early this morning.",
      "The rover quickly beamed back a picture of its own shadow.");
  private static final List<String> OTHER = List.of("Ticks are out in force this year.");

  private static RougeScores score(String options, List<String> system, List<String>... refs) {
    return new RougeScorer(RougeOptions.parse(options)).score(system, Arrays.asList(refs));
  }

  @Test
  void identicalTextScoresOne() {
    RougeScores scores = score("-n 2 -2 4 -U", REFERENCE, REFERENCE);
    assertThat(scores.byMetric().keySet()).containsExactly(
        "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4");
    assertThat(scores.byMetric().values()).allMatch(prf -> prf.equals(new Prf(1, 1, 1)));
  }

  @Test
  void rougeWOfIdenticalTextIsBelowOneAsInTheScript() {
    // ROUGE-1.5.5 raises the reference's weighted length to the weight again: for one sentence
    // of 2 words R = (2^1.2 / (2^1.2)^1.2)^(1/1.2) = 2^-0.2, while P = 1
    assertThat(score("-x -w 1.2", List.of("rover landed"), List.of("rover landed"))
        .get("ROUGE-W-1.2")).isEqualTo(new Prf(0.87055, 1, 0.9308));
    // and it weighs the system summary as one run, so several sentences lower P as well
    Prf prf = score("-x -w 1.2", REFERENCE, REFERENCE).get("ROUGE-W-1.2");
    assertThat(prf.recall()).isLessThan(prf.precision());
    assertThat(prf.precision()).isLessThan(1);
  }

  @Test
  void emptySystemScoresZeroNotNaN() {
    RougeScores scores = score("-n 2 -w 1.2 -2 -1 -U", List.of(""), REFERENCE);
    assertThat(scores.byMetric().values()).allMatch(prf -> prf.equals(Prf.ZERO));
  }

  @Test
  void noReferencesScoreZero() {
    RougeScores scores = new RougeScorer(RougeOptions.parse("-n 1")).score(REFERENCE, List.of());
    assertThat(scores.get("ROUGE-1")).isEqualTo(Prf.ZERO);
    assertThat(scores.get("ROUGE-L")).isEqualTo(Prf.ZERO);
  }

  @Test
  void averagesOverReferencesByDefault() {
    Prf prf = score("-n 1 -x", REFERENCE, REFERENCE, OTHER).get("ROUGE-1");
    assertThat(prf.recall()).isLessThan(1);
    assertThat(prf.precision()).isLessThan(1);
  }

  @Test
  void bestReferenceWithFB() {
    assertThat(score("-n 1 -x -f B", REFERENCE, OTHER, REFERENCE).get("ROUGE-1"))
        .isEqualTo(new Prf(1, 1, 1));
  }

  @Test
  void accentsAndHyphensSplitWordsAsInRouge() {
    // "café" is the bytes c a f 0xC3 0xA9: ROUGE keeps "caf"; "re-deploy" is "re" and "deploy"
    assertThat(score("-n 1 -x", List.of("Café re-deploy"), List.of("caf RE deploy"))
        .get("ROUGE-1")).isEqualTo(new Prf(1, 1, 1));
  }

  @Test
  void stemmingLooksUpWordNetExceptionsFirst() {
    assertThat(score("-n 1 -x -m", List.of("children were best"), List.of("child be good"))
        .get("ROUGE-1")).isEqualTo(new Prf(1, 1, 1));
  }

  @Test
  void wordNetBaseFormsAreNotStemmedFurther() {
    // "geese" becomes "goose", while "goose" itself is Porter-stemmed to "goos"
    assertThat(score("-n 1 -x -m", List.of("geese"), List.of("goose")).get("ROUGE-1"))
        .isEqualTo(Prf.ZERO);
  }

  @Test
  void stopWordsAreDroppedWithS() {
    assertThat(score("-n 1 -x -s", List.of("the rover"), List.of("rover")).get("ROUGE-1"))
        .isEqualTo(new Prf(1, 1, 1));
  }

  @Test
  void wordLimitCutsTheReferencesToo() {
    Prf prf = score("-n 1 -x -l 2", List.of("landed safely"), List.of("The rover landed safely"))
        .get("ROUGE-1");
    assertThat(prf).isEqualTo(Prf.ZERO);
  }

  @Test
  void fWeighsRecallByAlpha() {
    // R = 1/4, P = 1: F = P*R / ((1-alpha)*P + alpha*R)
    Prf prf = score("-n 1 -x -p 0.2", List.of("rover"), List.of("the rover landed safely"))
        .get("ROUGE-1");
    assertThat(prf).isEqualTo(new Prf(0.25, 1, RougeScorer.round5(0.25 / (0.8 + 0.2 * 0.25))));
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    RougeScorer scorer = new RougeScorer(RougeOptions.parse("-n 2 -m -w 1.2 -2 4 -u"));
    RougeScores expected = scorer.score(REFERENCE, List.of(REFERENCE, OTHER));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RougeScores>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> scorer.score(REFERENCE, List.of(REFERENCE, OTHER))));
      }
      for (Future<RougeScores> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void refusesANullSentence() {
    assertThatThrownBy(() -> score("-n 1", Arrays.asList("ok", null), REFERENCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system summary, sentence 2 is null: pass \"\" for an empty sentence");
  }

  @Test
  void askingForAMetricNotComputedNamesThoseThatWere() {
    assertThatThrownBy(() -> score("-n 1 -x", REFERENCE, REFERENCE).get("ROUGE-2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no ROUGE metric 'ROUGE-2' in these scores: computed are [ROUGE-1]");
  }
}
