package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockLabelerTest {
  private final BlockLabeler labeler = new BlockLabeler();
  private static final String TRUTH = "The council voted on Tuesday to close the old bridge.\n\n"
      + "Drivers will have to use the northern crossing, officials said.";

  @Test
  void aBlockMostlyInTheBodyIsArticleTextAndOneOutsideItIsNot() {
    BlockLabeler.Labels l = labeler.label(List.of(
        "The council voted on Tuesday to close the old bridge.",
        "Sign up for our newsletter to get the news every morning.",
        "Drivers will have to use the northern crossing, officials say."), TRUTH);
    assertThat(l.y()).containsExactly(1, 0, 1);
  }

  @Test
  void aShortBlockCountsWhenItsWordsAppearTogetherInTheBody() {
    BlockLabeler.Labels l = labeler.label(List.of("old bridge", "Share this"), TRUTH);
    assertThat(l.y()).containsExactly(1, 0);
  }

  @Test
  void longerBlocksWeighMore() {
    BlockLabeler.Labels l = labeler.label(List.of("Home", TRUTH), TRUTH);
    assertThat(l.w()[1]).isGreaterThan(l.w()[0] * 10);
  }
}
