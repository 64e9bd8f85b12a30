package org.paperboy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The {@code logreg} candidates' regression, on a small fixed sample. */
class LogisticTest {
  @Test
  void theLogisticRegressionRanksPapersLikeTheSavedOnesAboveRandomOnes() {
    Random r = new Random(5);
    float[][] pos = new float[20][];
    float[][] neg = new float[200][];
    for (int i = 0; i < pos.length; i++) {
      pos[i] =
          unit(new float[] {1, (float) r.nextGaussian() * 0.3f, (float) r.nextGaussian() * 0.3f});
    }
    for (int i = 0; i < neg.length; i++) {
      neg[i] =
          unit(
              new float[] {
                (float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian()
              });
    }
    Logistic.Weights w = Logistic.train(pos, neg, Logistic.LAMBDA);
    assertThat(w.score(unit(1, 0.1f, 0))).isGreaterThan(w.score(unit(0, 1, 0)));
    assertThat(w.score(unit(1, 0, 0))).isGreaterThan(w.score(unit(-1, 0, 0)) + 1);
  }

  static float[] unit(float... v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(s));
    }
    return out;
  }
}
