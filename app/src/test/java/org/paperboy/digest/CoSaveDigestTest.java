package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Sql;
import org.paperboy.recommend.Recommendations;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;

/**
 * The digest's "For you" section with co-saves: a paper of the window unlike Ada's library, which
 * three other readers saved together with one of her papers, joins the section with its count as
 * the reason; with two readers it does not.
 */
class CoSaveDigestTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    // the corpus's new papers are of early December 2026: the clock starts just before them
    server =
        TestServer.start(
            dir,
            Databases.sqlite(dir),
            "foryou-corpus.jsonl",
            0,
            new org.paperboy.testing.MutableClock(java.time.Instant.parse("2026-11-30T09:00:00Z")));
    server.app().search().embed(Long.MAX_VALUE, (done, total, rate) -> {});
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void reader(String id, String email, String... papers) {
    server
        .app()
        .database()
        .inTransaction(
            c -> {
              Sql.update(
                  c,
                  "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                  id,
                  email,
                  "2026-11-30T00:00:00Z");
              for (String p : papers) {
                Sql.update(
                    c,
                    "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                        + " VALUES (?, ?, 'saved', 'page', '2026-11-30T00:00:00Z')",
                    id,
                    p);
              }
              return null;
            });
  }

  private List<Recommendations.Pick> section(LocalDate day) {
    Recommendations r = server.app().recommendations();
    var fresh = server.app().papers().findAll(List.of("n01", "n02", "o01", "o03")).values();
    return r.forDigest("ada@lab.org", r.candidates(fresh), day, Set.of(), false);
  }

  @Test
  void aPaperThreeReadersSavedWithHersJoinsTheSectionWithTheirCount() {
    reader("u-ada", "ada@lab.org", "s01", "s02", "s03");
    reader("r1", "r1@lab.org", "s01", "o03");
    reader("r2", "r2@lab.org", "s01", "o03");
    LocalDate day = server.app().trending().today().plusDays(1); // the server's test clock
    server.app().recommendations().refreshCoSaves();
    assertThat(section(day)).extracting(p -> p.paper().id()).contains("n01").doesNotContain("o03");

    reader("r3", "r3@lab.org", "s01", "o03");
    server.app().recommendations().refreshCoSaves();
    List<Recommendations.Pick> picks = section(day);
    assertThat(picks).extracting(p -> p.paper().id()).contains("n01", "o03").doesNotContain("o01");
    Recommendations.Pick o03 =
        picks.stream().filter(p -> p.paper().id().equals("o03")).findFirst().orElseThrow();
    assertThat(o03.reason())
        .startsWith("saved by 3 readers who saved “Speculative decoding")
        .doesNotContain("r1")
        .doesNotContain("lab.org");
  }
}
