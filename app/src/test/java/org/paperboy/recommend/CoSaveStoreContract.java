package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.testing.MutableClock;

/**
 * The co-save model read from real libraries: saves and upvotes count, dismissals never; opting out
 * and deleting an account take a reader out at the next update. SQLite and PostgreSQL.
 */
abstract class CoSaveStoreContract {
  @TempDir Path dir;
  Database db;
  CoSaves coSaves;
  MutableClock clock = new MutableClock();

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    for (String u : List.of("r1", "r2", "r3", "r4")) {
      db.inTransaction(
          c ->
              Sql.update(
                  c,
                  "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                  u,
                  u + "@example.org",
                  "2026-01-01T00:00:00Z"));
    }
    coSaves = new CoSaves(Owners.coSaves(db, clock), 3);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void mark(String user, String paper, String state) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                    + " VALUES (?, ?, ?, 'page', ?)",
                user,
                paper,
                state,
                clock.instant().toString()));
    clock.advance(java.time.Duration.ofSeconds(1));
  }

  private void vote(String user, String paper) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO votes (user_id, paper_id, created_at) VALUES (?, ?, ?)",
                user,
                paper,
                clock.instant().toString()));
    clock.advance(java.time.Duration.ofSeconds(1));
  }

  private List<String> neighboursOfA() {
    return coSaves.model().neighbours("a", 10).stream()
        .map(n -> n.paperId() + ":" + n.readers())
        .toList();
  }

  /** r1 and r2 save a and b; r3 saves a and votes for b. */
  private void threeReadersOfAAndB() {
    mark("r1", "a", "saved");
    mark("r1", "b", "saved");
    mark("r2", "a", "saved");
    mark("r2", "b", "saved");
    mark("r3", "a", "saved");
    vote("r3", "b");
  }

  @Test
  void savesAndUpvotesCountAndDismissalsNever() {
    threeReadersOfAAndB();
    mark("r1", "c", "saved");
    mark("r2", "c", "saved");
    mark("r3", "c", "dismissed");
    mark("r4", "a", "dismissed");
    mark("r4", "c", "dismissed");
    assertThat(neighboursOfA()).containsExactly("b:3"); // a-c: two saves, two dismissals
  }

  @Test
  void theModelFollowsTheLibrariesAtItsNextUpdateOnly() {
    mark("r1", "a", "saved");
    mark("r1", "b", "saved");
    mark("r2", "a", "saved");
    mark("r2", "b", "saved");
    assertThat(neighboursOfA()).isEmpty(); // two readers: under the minimum
    assertThat(coSaves.refresh()).isFalse(); // nothing changed since it was built
    mark("r3", "a", "saved");
    mark("r3", "b", "saved");
    assertThat(neighboursOfA()).isEmpty(); // not yet updated
    assertThat(coSaves.refresh()).isTrue();
    assertThat(neighboursOfA()).containsExactly("b:3");
    db.inTransaction( // a saved paper marked "not interested" changes the model too
        c -> Sql.update(c, "UPDATE library SET state = 'dismissed' WHERE user_id = 'r3'"));
    assertThat(coSaves.refresh()).isTrue();
    assertThat(neighboursOfA()).isEmpty();
  }

  @Test
  void aReaderWhoOptedOutFeedsNoOneElsesCoSaves() {
    threeReadersOfAAndB();
    mark("r4", "a", "saved");
    mark("r4", "b", "saved");
    assertThat(neighboursOfA()).containsExactly("b:4");
    coSaves.optOut("r2", true, clock);
    coSaves.optOut("r2", true, clock); // twice is once
    assertThat(coSaves.optedOut("r2")).isTrue();
    assertThat(coSaves.refresh()).isTrue();
    assertThat(neighboursOfA()).containsExactly("b:3");
    coSaves.optOut("r3", true, clock);
    coSaves.refresh();
    assertThat(neighboursOfA()).isEmpty(); // two readers left: under the minimum
    coSaves.optOut("r2", false, clock);
    coSaves.optOut("r3", false, clock);
    assertThat(coSaves.optedOut("r2")).isFalse();
    coSaves.refresh();
    assertThat(neighboursOfA()).containsExactly("b:4");
  }

  @Test
  void aDeletedAccountLeavesTheModelAtTheNextUpdate() {
    threeReadersOfAAndB();
    coSaves.optOut("r3", false, clock);
    assertThat(neighboursOfA()).containsExactly("b:3");
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", "r3")); // cascades
    assertThat(count("SELECT COUNT(*) FROM votes WHERE user_id = 'r3'")).isZero();
    assertThat(coSaves.refresh()).isTrue();
    assertThat(neighboursOfA()).isEmpty();
    coSaves.optOut("r1", true, clock);
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", "r1"));
    assertThat(count("SELECT COUNT(*) FROM cosave_optout")).isZero();
  }

  private long count(String sql) {
    Long n = db.read(c -> Sql.count(c, sql));
    return n;
  }
}
