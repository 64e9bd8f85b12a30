package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Sql;
import org.paperboy.paper.Paper;
import org.paperboy.search.Vectors;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;
import org.paperboy.trending.Window;

/** "For you" chooses among all of a window's papers, not only the few trending ranks first. */
class ForYouWindowTest {
  static final int DIMS = 384;

  @TempDir Path dir;

  @Test
  void aPaperNobodyVotedForFarDownTheTrendingRankingIsStillFound() {
    MutableClock clock = new MutableClock();
    try (Paperboy app = Paperboy.open(new Config(dir, Databases.sqlite(dir)), clock)) {
      LocalDate today = clock.today();
      SplittableRandom random = new SplittableRandom(3);
      List<Paper> papers = new ArrayList<>();
      // 700 papers this week, newest first in trending (no votes, no signals): the match is the
      // oldest of them, beyond the 500 a trending ranking keeps
      for (int i = 0; i < 700; i++) {
        papers.add(
            Fixtures.paper(
                "w" + i, "Paper " + i, "Abstract " + i, today.minusDays(i / 120).toString()));
      }
      papers.add(Fixtures.paper("match", "The match", "Close.", today.minusDays(6).toString()));
      for (int i = 0; i < 3; i++) {
        papers.add(Fixtures.paper("saved" + i, "Saved " + i, "Mine.", "2020-01-0" + (i + 1)));
      }
      for (int i = 0; i < 2000; i++) { // an older corpus, so the space has enough to fit on
        papers.add(Fixtures.paper("old" + i, "Old " + i, "Before.", "2019-03-01"));
      }
      app.papers().upsert(papers);
      float[] interest = unit(random);
      for (Paper p : papers) {
        boolean near = p.id().equals("match") || p.id().startsWith("saved");
        embed(app, p.id(), near ? nearby(interest, random) : unit(random));
      }
      String user = "u-ada";
      app.database()
          .inTransaction(
              c -> {
                Sql.update(
                    c,
                    "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                    user,
                    "ada@example.org",
                    "2026-11-30T00:00:00Z");
                for (int i = 0; i < 3; i++) {
                  Sql.update(
                      c,
                      "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                          + " VALUES (?, ?, 'saved', 'page', '2026-11-30T00:00:00Z')",
                      user,
                      "saved" + i);
                }
                return null;
              });

      assertThat(app.trending().rankOf("match", Window.WEEK)).isZero(); // not among the 500
      List<Recommendations.Pick> picks = app.recommendations().forUser(user, Window.WEEK);
      assertThat(picks).extracting(p -> p.paper().id()).contains("match");
      assertThat(picks).extracting(p -> p.paper().id()).doesNotContain("saved0", "saved1");
    }
  }

  private static float[] unit(SplittableRandom random) {
    float[] v = new float[DIMS];
    for (int i = 0; i < DIMS; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return normalised(v);
  }

  private static float[] nearby(float[] centre, SplittableRandom random) {
    float[] v = centre.clone();
    for (int i = 0; i < DIMS; i++) {
      v[i] += (float) ((random.nextDouble() * 2 - 1) * 0.01);
    }
    return normalised(v);
  }

  private static float[] normalised(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float s = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      v[i] *= s;
    }
    return v;
  }

  private static void embed(Paperboy app, String id, float[] v) {
    app.database()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO embeddings (paper_id, model, text_hash, vector)"
                          + " SELECT id, ?, text_hash, ? FROM papers WHERE id = ?")) {
                ps.setString(1, Paperboy.MODEL.key());
                ps.setBytes(2, Vectors.toBytes(v));
                ps.setString(3, id);
                ps.executeUpdate();
              }
              return null;
            });
  }
}
