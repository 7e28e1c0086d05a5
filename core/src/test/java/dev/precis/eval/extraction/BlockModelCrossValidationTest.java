package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.ingest.html.BlockModel;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.ingest.html.PageBlocks;
import dev.precis.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockModelCrossValidationTest {
  static final Path DATA = Path.of(System.getProperty("precis.shared"), "data", "article-extraction");
  /** A few pages and few trees: the test checks the procedure, not the figure. */
  static final BlockModel.Params SMALL = new BlockModel.Params(20, 4, 0.3, 2, 7);
  static List<BenchmarkPage> pages;

  @BeforeAll
  static void readAFewPages() {
    List<Problem> problems = new ArrayList<>();
    pages = BenchmarkPages.read(DATA, new HtmlArticleExtractor(), problems::add, 6);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPageIsExtractedByAModelThatNeverSawItsSite() {
    Map<String, Integer> folds = BlockModelCrossValidation.folds(pages, 3, 42);
    assertThat(folds.values()).containsOnly(0, 1, 2);
    Map<String, String> bodies = new BlockModelCrossValidation(SMALL).bodies(pages, 3, 42);
    assertThat(bodies).hasSize(pages.size());
    ShingleF1 metric = new ShingleF1();
    List<ShingleCounts> scores = new ArrayList<>();
    for (BenchmarkPage p : pages) {
      scores.add(metric.match(p.truth().body(), bodies.get(BlockModelCrossValidation.key(p))));
    }
    // five pages of other sites are enough to find most of an article
    assertThat(metric.aggregate(scores).f1()).isGreaterThan(0.7);
  }

  @Test
  void aSavedModelReadsBackAndGivesTheSameChances() {
    BlockModel model = new BlockModelCrossValidation(SMALL).train(pages);
    PageBlocks page = pages.get(0).blocks().orElseThrow();
    assertThat(BlockModel.fromBytes(model.bytes()).predict(page)).containsExactly(model.predict(page));
  }

  @Test
  void moreFoldsThanSitesIsRefusedWithTheNumberOfSites() {
    long sites = pages.stream().map(BenchmarkPage::group).distinct().count();
    assertThatThrownBy(() -> new BlockModelCrossValidation(SMALL).bodies(pages, 99, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folds must be between 2 and the number of sites (" + sites + "), got 99");
  }
}
