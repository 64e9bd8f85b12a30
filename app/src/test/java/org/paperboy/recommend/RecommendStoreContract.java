package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.Vectors;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;

/** Models, spaces and sent papers on a real database: the same SQL on SQLite and PostgreSQL. */
abstract class RecommendStoreContract {
  @TempDir Path dir;
  Database db;
  Models models;
  MutableClock clock = new MutableClock();

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    PaperStore papers = new PaperStore(db, clock);
    List<org.paperboy.paper.Paper> list = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      list.add(Fixtures.paper("p" + i, "Title " + i, "Abstract " + i, "2026-11-29"));
    }
    papers.upsert(list);
    for (int i = 0; i < 12; i++) {
      float[] v = {(float) Math.cos(i * 0.5), (float) Math.sin(i * 0.5), (i % 3) * 0.1f, 0.2f};
      embed("p" + i, v);
    }
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                "u1",
                "ada@example.org",
                "2026-01-01T00:00:00Z"));
    models =
        new Models(
            Owners.store(db, dir.resolve("one"), "test", clock), new ModelStore(db, "test"), clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void embed(String id, float[] v) {
    db.inTransaction(
        c -> {
          long hash;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT text_hash FROM papers WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              hash = rs.getLong(1);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO embeddings (paper_id, model, text_hash, vector) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, "test");
            ps.setLong(3, hash);
            ps.setBytes(4, Vectors.toBytes(v));
            ps.executeUpdate();
          }
          return null;
        });
  }

  private void library(String paper, String state, String at) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                "u1",
                paper,
                state,
                "page",
                at));
  }

  private long count(String sql) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void aModelIsTrainedOnTheLibraryStoredAndTrainedAgainOnlyWhenTheLibraryChanges() {
    library("p1", "saved", "2026-11-01T00:00:00Z");
    library("p2", "saved", "2026-11-03T00:00:00Z");
    library("p9", "dismissed", "2026-11-02T00:00:00Z");
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO votes (user_id, paper_id, created_at) VALUES (?, ?, ?)",
                "u1",
                "p3",
                "2026-11-02T00:00:00Z"));

    Instant trainedAt = clock.instant();
    Models.Trained first = models.forUser("u1");
    assertThat(first.model().likedIds()).containsExactly("p2", "p3", "p1"); // newest first
    assertThat(first.model().dislikedIds()).containsExactly("p9");
    assertThat(first.model().coldStart()).isFalse();
    assertThat(count("SELECT COUNT(*) FROM recommend_models")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM recommend_spaces")).isEqualTo(1);

    clock.advance(java.time.Duration.ofHours(1));
    Models fresh =
        new Models(
            Owners.store(db, dir.resolve("two"), "test", clock), new ModelStore(db, "test"), clock);
    Models.Trained again = fresh.forUser("u1"); // read back, not trained
    assertThat(again.model().likedIds()).isEqualTo(first.model().likedIds());
    assertThat(again.model().liked()[0][0]).isCloseTo(first.model().liked()[0][0], within(1e-3f));
    String trained =
        db.read(
            c -> {
              try (PreparedStatement ps =
                      c.prepareStatement("SELECT trained_at FROM recommend_models");
                  ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
              }
            });
    assertThat(trained).isEqualTo(trainedAt.toString());

    library("p4", "saved", "2026-11-04T00:00:00Z");
    assertThat(fresh.forUser("u1").model().likedIds()).containsExactly("p4", "p2", "p3", "p1");
  }

  private static org.assertj.core.data.Offset<Float> within(float f) {
    return org.assertj.core.data.Offset.offset(f);
  }

  @Test
  void papersSentInOneDigestAreKeptFromLaterOnesButNotFromItsRetry() {
    LocalDate day = LocalDate.parse("2026-11-30");
    models.markSent("u1", List.of("p5", "p6"), day);
    models.markSent("u1", List.of("p5"), day); // a retry of the same digest
    assertThat(models.sentBefore("u1", day)).isEmpty();
    assertThat(models.sentBefore("u1", day.plusDays(1))).containsExactlyInAnyOrder("p5", "p6");
  }

  @Test
  void aBatchOfSendsIsRecordedAtOnceAndReadBackWithItsDay() {
    LocalDate day = LocalDate.parse("2026-11-30");
    models.markSent(
        List.of(
            new DigestPicks.Sent("u1", List.of("p5", "p6"), day),
            new DigestPicks.Sent("u1", List.of("p6", "p7"), day.plusDays(1)))); // p6 stays at day
    assertThat(models.sentDays("u1", List.of("p5", "p6", "p7", "p8")))
        .containsOnly(Map.entry("p5", day), Map.entry("p6", day), Map.entry("p7", day.plusDays(1)));
  }

  @Test
  void deletingTheAccountDeletesModelAndSends() {
    library("p1", "saved", "2026-11-01T00:00:00Z");
    models.forUser("u1");
    models.markSent("u1", List.of("p5"), LocalDate.parse("2026-11-30"));
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", "u1"));
    assertThat(count("SELECT COUNT(*) FROM recommend_models")).isZero();
    assertThat(count("SELECT COUNT(*) FROM recommend_sent")).isZero();
  }
}
