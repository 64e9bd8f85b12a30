package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.paperboy.trending.Window;

/**
 * For you with co-saves: a paper of the week unlike anything Ada saved is recommended once three
 * other readers saved it with one of her papers, with a reason that counts them and names no one.
 */
class CoSaveForYouTest {
  static final int DIMS = 384;

  @TempDir Path dir;

  @Test
  void aPaperThreeReadersSavedWithOneOfHersIsRecommendedWithTheirCountAsTheReason() {
    try (Paperboy app = Paperboy.open(new Config(dir, Databases.sqlite(dir)))) {
      String week = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
      List<Paper> papers = new ArrayList<>();
      papers.add(Fixtures.paper("co", "The co-saved paper", "Unlike hers.", week));
      papers.add(Fixtures.paper("plain", "A plain paper", "Unlike hers too.", week));
      for (int i = 0; i < 3; i++) {
        papers.add(Fixtures.paper("saved" + i, "Saved " + i, "Mine.", "2020-01-0" + (i + 1)));
      }
      for (int i = 0; i < 1500; i++) { // a corpus for the space to fit on
        papers.add(Fixtures.paper("old" + i, "Old " + i, "Before.", "2019-03-01"));
      }
      app.papers().upsert(papers);
      SplittableRandom random = new SplittableRandom(5);
      float[] interest = unit(random);
      for (Paper p : papers) {
        embed(app, p.id(), p.id().startsWith("saved") ? near(interest, random) : unit(random));
      }
      user(app, "ada");
      for (int i = 0; i < 3; i++) {
        save(app, "ada", "saved" + i);
      }
      for (String r : List.of("r1", "r2", "r3")) {
        user(app, r);
      }
      save(app, "r1", "saved0");
      save(app, "r1", "co");
      save(app, "r2", "saved0");
      save(app, "r2", "co");

      Recommendations rec = app.recommendations();
      assertThat(rec.forUser("ada", Window.WEEK))
          .extracting(p -> p.paper().id())
          .doesNotContain("co"); // two readers: under the minimum of three
      assertThat(rec.alsoSaved("saved0", 5)).isEmpty();

      save(app, "r3", "saved0");
      save(app, "r3", "co");
      assertThat(rec.refreshCoSaves()).isTrue();
      List<Recommendations.Pick> picks = rec.forUser("ada", Window.WEEK);
      assertThat(picks).extracting(p -> p.paper().id()).contains("co").doesNotContain("plain");
      Recommendations.Pick co =
          picks.stream().filter(p -> p.paper().id().equals("co")).findFirst().orElseThrow();
      assertThat(co.reason()).isEqualTo("saved by 3 readers who saved “Saved 0”");
      assertThat(rec.alsoSaved("saved0", 5))
          .extracting(a -> a.paper().id() + ":" + a.readers())
          .containsExactly("co:3");

      rec.coSavesOptOut("r3", true);
      rec.refreshCoSaves();
      assertThat(rec.forUser("ada", Window.WEEK))
          .extracting(p -> p.paper().id())
          .doesNotContain("co");
      assertThat(rec.alsoSaved("saved0", 5)).isEmpty();
    }
  }

  private static void user(Paperboy app, String id) {
    app.database()
        .inTransaction(
            c ->
                Sql.update(
                    c,
                    "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                    id,
                    id + "@example.org",
                    "2026-11-30T00:00:00Z"));
  }

  private static void save(Paperboy app, String user, String paper) {
    app.database()
        .inTransaction(
            c ->
                Sql.update(
                    c,
                    "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                        + " VALUES (?, ?, 'saved', 'page', '2026-11-30T00:00:00Z')",
                    user,
                    paper));
  }

  private static float[] unit(SplittableRandom random) {
    float[] v = new float[DIMS];
    for (int i = 0; i < DIMS; i++) {
      v[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return normalised(v);
  }

  private static float[] near(float[] centre, SplittableRandom random) {
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
