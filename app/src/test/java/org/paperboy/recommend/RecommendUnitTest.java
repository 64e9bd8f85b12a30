package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scorer, the model's stored form, the whitening and the TREC run on a small fixed corpus. */
class RecommendUnitTest {
  /** Six papers in three directions: a and b close together, c and d together, e and f apart. */
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

  @Test
  void nearestSavedPapersRankFirstAndTheReasonIsTheNearestSavedPaper() {
    ProfileRanking ranking = new ProfileRanking(IDS, VECTORS, Recommendations.method("knn"), null);
    List<ProfileRanking.Hit> hits = ranking.rank(List.of("a", "c"), List.of(), 10);
    assertThat(hits).extracting(ProfileRanking.Hit::paperId).containsExactly("d", "b", "f", "e");
    // k = 2 saved papers: b scores (cos(a,b) + cos(c,b)) / 2
    assertThat(hits.get(0).score()).isCloseTo((VECTORS[3][0] + VECTORS[3][1]) / 2, within(1e-6));
    Model m = Model.of(List.of("a", "c"), List.of(VECTORS[0], VECTORS[2]), List.of(), List.of());
    assertThat(new Scorer(Scorer.Method.KNN).score(m, VECTORS[3]).because()).isEqualTo(1);
  }

  @Test
  void aDismissedPaperPushesDownWhatIsCloserToItThanToAnySavedOne() {
    ProfileRanking ranking =
        new ProfileRanking(IDS, VECTORS, Recommendations.method("blend"), null);
    assertThat(ranking.rank(List.of("a"), List.of(), 10))
        .extracting(ProfileRanking.Hit::paperId)
        .containsExactly("b", "f", "d", "c", "e");
    assertThat(ranking.rank(List.of("a"), List.of("c"), 10))
        .extracting(ProfileRanking.Hit::paperId)
        .containsExactly("b", "f", "d", "e");
  }

  @Test
  void theTrecRunListsEachProfileInOrderAndReportsMalformedLines() throws Exception {
    ProfileRanking ranking = new ProfileRanking(IDS, VECTORS, Recommendations.method("knn"), null);
    String in =
        """
        {"_id": "u1", "liked": ["a"]}
        not json
        {"_id": "u2", "liked": ["c", "d"], "disliked": ["b"]}
        """;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int bad =
        ProfileRun.run(
            ranking,
            new BufferedReader(new StringReader(in)),
            new PrintWriter(out),
            new PrintWriter(err, true),
            2,
            false,
            "t");
    assertThat(bad).isEqualTo(1);
    assertThat(err.toString()).startsWith("line 2 skipped:");
    assertThat(out.toString().lines())
        .containsExactly(
            "u1 Q0 b 1 0.993884 t",
            "u1 Q0 f 2 0.707107 t",
            "u2 Q0 e 1 0.000000 t",
            "u2 Q0 f 2 -0.127784 t");
  }

  @Test
  void aModelReadsBackAsItWasStoredAtHalfPrecision() {
    Model m =
        Model.of(
            List.of("a", "c"), List.of(VECTORS[0], VECTORS[2]), List.of("e"), List.of(VECTORS[4]));
    Model back = Model.fromBytes(m.toBytes());
    assertThat(back.likedIds()).containsExactly("a", "c");
    assertThat(back.dislikedIds()).containsExactly("e");
    assertThat(back.liked()[1][1]).isCloseTo(1f, within(1e-3f));
    assertThat(back.centroid()[0]).isCloseTo(m.centroid()[0], within(1e-3f));
  }

  @Test
  void theWhitenedSpaceUndoesTheCorpusMeanAndScale() {
    Random r = new Random(7);
    List<float[]> sample = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      // a cone: every vector shares a large first component
      sample.add(
          new float[] {
            5 + (float) r.nextGaussian() * 0.1f,
            (float) r.nextGaussian(),
            (float) r.nextGaussian() * 3
          });
    }
    Space s = Space.fromBytes(Space.fit(sample).toBytes());
    // one standard deviation from the mean along the narrow axis, and along the wide one: nearly
    // the same direction as raw vectors, far apart once whitened
    float[] narrow = {5.1f, 0, 0};
    float[] wide = {5, 0, 3};
    assertThat(cos(narrow, wide)).isGreaterThan(0.85);
    assertThat(cos(s.apply(narrow), s.apply(wide))).isLessThan(0.2);
  }

  @Test
  void aSmallSampleIsOnlyCentredSoNearCopiesStayNear() {
    Random r = new Random(3);
    List<float[]> sample = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      float[] v = new float[384];
      for (int j = 0; j < v.length; j++) {
        v[j] = (float) r.nextGaussian();
      }
      sample.add(v);
    }
    float[] copy = sample.get(0).clone();
    copy[5] += 0.1f;
    Space s = Space.fit(sample);
    assertThat(cos(s.apply(sample.get(0)), s.apply(copy))).isGreaterThan(0.99);
  }

  static double cos(float[] a, float[] b) {
    double d = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return d / Math.sqrt(na * nb);
  }
}
