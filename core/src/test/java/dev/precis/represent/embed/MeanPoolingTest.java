package dev.precis.represent.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class MeanPoolingTest {

  private final MeanPooling pooling = new MeanPooling();

  @Test
  void averagesTheRealTokensIgnoresPaddingAndNormalises() {
    // Two sentences of 3 positions, dimension 2; the second has 2 real tokens and 1 padding.
    FloatBuffer hidden = FloatBuffer.wrap(new float[] {
        9, 9, 9, 9, 9, 9,
        1, 2, 5, 2, 100, -100});

    float[] vector = pooling.pool(hidden, 6, 2, 2);

    // mean (3, 2), norm sqrt(13)
    assertThat(vector[0]).isCloseTo((float) (3 / Math.sqrt(13)), within(1e-7f));
    assertThat(vector[1]).isCloseTo((float) (2 / Math.sqrt(13)), within(1e-7f));
  }

  @Test
  void leavesAnAllZeroMeanAtZero() {
    assertThat(pooling.pool(FloatBuffer.wrap(new float[] {1, -1, -1, 1}), 0, 2, 2))
        .containsExactly(0f, 0f);
  }
}
