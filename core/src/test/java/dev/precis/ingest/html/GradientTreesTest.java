package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

class GradientTreesTest {
  @Test
  void walkingTheTreesGivesXgboostsOwnPredictions() throws Exception {
    Random random = new Random(3);
    int n = 400;
    int k = 5;
    float[] x = new float[n * k];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) x[i * k + j] = random.nextFloat();
      if (i % 17 == 0) x[i * k + 2] = Float.NaN; // missing values take the default branch
      y[i] = x[i * k] + 0.3f * x[i * k + 1] > 0.7f ? 1 : 0;
    }
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("max_depth", 4);
    p.put("nthread", 1);
    p.put("seed", 1);
    DMatrix m = new DMatrix(x, n, k, Float.NaN);
    m.setLabel(y);
    Booster booster = XGBoost.train(m, p, 30, new HashMap<>(), null, null);
    float[][] expected = booster.predict(m);
    float[][] rows = new float[n][k];
    for (int i = 0; i < n; i++) System.arraycopy(x, i * k, rows[i], 0, k);
    float[] mine = GradientTrees.fromJson(booster.toByteArray("json")).predict(rows);
    for (int i = 0; i < n; i++) assertThat(mine[i]).isCloseTo(expected[i][0], within(1e-5f));
    m.dispose();
  }

  @Test
  void aModelThatIsNotBinaryLogisticIsRefusedByName() {
    byte[] json = "{\"learner\":{\"objective\":{\"name\":\"reg:squarederror\"}}}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GradientTrees.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a binary:logistic model, got 'reg:squarederror'");
  }

  @Test
  void bytesThatAreNotASavedBlockModelAreRefused() {
    assertThatThrownBy(() -> BlockModel.fromBytes(new byte[] {1, 2, 3, 4, 5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a block model");
  }
}
