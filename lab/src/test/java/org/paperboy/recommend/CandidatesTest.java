package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.bench.Candidates;

/**
 * The lab's candidates as ranking methods, on the product's small fixed corpus (this test sits in
 * the product's package to build its ranking).
 */
class CandidatesTest {
  static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f");

  static final float[][] VECTORS = {
    unit(1, 0, 0),
    unit(0.9f, 0.1f, 0),
    unit(0, 1, 0),
    unit(0.3f, 0.9f, 0),
    unit(0, 0, 1),
    unit(0.5f, 0, 0.5f)
  };

  static float[] unit(float... v) {
    return Model.unit(v.clone());
  }

  private static List<String> ranked(String method, List<String> liked) {
    return new ProfileRanking(IDS, VECTORS, Candidates.named(method), null)
        .rank(liked, List.of(), 10).stream().map(ProfileRanking.Hit::paperId).toList();
  }

  @Test
  void theRegressionBlendedWithTheShippedScorerRanksTheNearestPaperFirst() {
    assertThat(ranked("logreg-blend", List.of("a")).get(0)).isEqualTo("b");
    assertThat(ranked("logreg", List.of("a"))).hasSize(5);
  }

  @Test
  void theRawVariantsScoreAsTheShippedOnesOnTheVectorsTheyAreGiven() {
    assertThat(Candidates.named("raw-knn").whitened()).isFalse();
    assertThat(ranked("raw-knn", List.of("a", "c"))).isEqualTo(ranked("knn", List.of("a", "c")));
  }

  @Test
  void theLabOffersTheShippedMethodsAndTheCandidatesAndNamesThemOnAnUnknownOne() {
    assertThat(Candidates.ALL)
        .extracting(ProfileMethod::name)
        .containsExactly(
            "blend",
            "knn",
            "centroid",
            "decay",
            "logreg",
            "logreg-blend",
            "raw-knn",
            "raw-centroid",
            "raw-decay");
    assertThat(Recommendations.METHODS).containsExactly("blend", "knn", "centroid", "decay");
    assertThatThrownBy(() -> Recommendations.method("logreg"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown method 'logreg' (use one of [blend, knn, centroid, decay])");
  }
}
