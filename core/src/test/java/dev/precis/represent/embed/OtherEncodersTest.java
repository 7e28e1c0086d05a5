package dev.precis.represent.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** bge-small and e5-small, the encoders beside MiniLM, on sentences of the sample cluster. */
class OtherEncodersTest {

  /** Esper's denial as three articles of the sample cluster tell it. */
  private static final List<String> NO_DECISION_TO_LEAVE = List.of(
      "“There is no decision to leave Iraq,” Esper told Pentagon reporters when asked about the letter.",
      "“No decision was made to leave Iraq.",
      "“There is absolutely no decision to withdraw from Iraq,” Reuters quoted Esber when asked about the message.");

  /** Sentences about other things: page debris, a stray detail, another story of the dev data. */
  private static final List<String> UNRELATED = List.of(
      "Special thanks to Charles Bright!!",
      "Leave a Reply",
      "Oprah Winfrey was the media's Big Winner for her Golden Globes peroration on sexual harassment.");

  @ParameterizedTest
  @EnumSource(value = SentenceEncoder.Model.class, names = {"BGE_SMALL", "E5_SMALL"})
  void ratesEveryParaphraseAboveEveryUnrelatedSentence(SentenceEncoder.Model model) {
    try (SentenceEncoder encoder = SentenceEncoder.load(model, 0)) {
      float[][] same = encoder.encode(NO_DECISION_TO_LEAVE);
      float[][] other = encoder.encode(UNRELATED);

      assertThat(encoder.dimension()).isEqualTo(384);
      double lowestParaphrase = 1;
      double highestUnrelated = -1;
      for (int i = 0; i < same.length; i++) {
        assertThat(dot(same[i], same[i])).isCloseTo(1.0, within(1e-5));
        for (int j = i + 1; j < same.length; j++) lowestParaphrase = Math.min(lowestParaphrase, dot(same[i], same[j]));
        for (float[] o : other) highestUnrelated = Math.max(highestUnrelated, dot(same[i], o));
      }
      assertThat(lowestParaphrase).isGreaterThan(highestUnrelated);
    }
  }

  @Test
  void namesTheKnownEncodersForAnUnknownName() {
    assertThat(SentenceEncoder.Model.named("e5-small")).isEqualTo(SentenceEncoder.Model.E5_SMALL);
    assertThatThrownBy(() -> SentenceEncoder.Model.named("e5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown sentence encoder 'e5'; known: [minilm, bge-small, e5-small]");
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }
}
