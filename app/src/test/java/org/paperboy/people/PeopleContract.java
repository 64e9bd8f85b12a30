package org.paperboy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.library.Library;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.AuthorNames;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestCore;

/** Author pages, follows and claims on a real database: the same SQL on SQLite and PostgreSQL. */
abstract class PeopleContract {
  @TempDir Path dir;
  Database db;
  PaperStore papers;
  People people;
  MutableClock clock = new MutableClock();
  String ada;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    papers = new PaperStore(db, clock);
    Core core =
        TestCore.of(
            dir,
            db,
            papers,
            Mailer.create(org.paperboy.config.Config.Mail.outbox(), dir, "http://localhost", clock),
            clock);
    Accounts accounts = new Accounts(core, List.of());
    people = new People(core, accounts, new Library(core, accounts, null, t -> List.of()));
    ada = people.userIdFor("ada@example.org");
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Paper paper(String id, String published, String... authors) {
    return new Paper(
        id,
        1,
        "Paper " + id,
        "Abstract of " + id,
        List.of(authors),
        List.of("cs.LG", "cs.CL"),
        published == null ? null : LocalDate.parse(published),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "test",
        null);
  }

  @Test
  void namesAreComparedAfterNfcCaseFoldingAndSpacesButAccentsStay() {
    assertThat(AuthorNames.key("  Anne   OUYANG ")).isEqualTo("anne ouyang");
    assertThat(AuthorNames.key("Re\u0301my Dupont")).isEqualTo(AuthorNames.key("Rémy dupont"));
    assertThat(AuthorNames.key("Rémy Dupont")).isNotEqualTo(AuthorNames.key("Remy Dupont"));
    assertThat(AuthorNames.key("Jürgen Straße")).isEqualTo(AuthorNames.key("JÜRGEN STRASSE"));
    assertThat(AuthorNames.variant("anne ouyang")).isEqualTo("ouyang a");
  }

  @Test
  void anAuthorPageListsPapersNewestFirstWithCoauthorsAndCandidates() {
    List<Paper> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String day = String.format("2024-01-%02d", 1 + i % 28);
      many.add(paper("2401." + (10000 + i), day, "Anne Ouyang", i % 3 == 0 ? "Bo Li" : "Cy Wu"));
    }
    many.add(paper("2402.00001", "2025-02-01", "A. Ouyang", "Bo Li"));
    many.add(paper("2402.00002", "2025-02-02", "Ré Dupont"));
    many.add(paper("2402.00003", null, "anne  ouyang"));
    papers.upsert(many);

    AuthorPage first = people.author("ANNE OUYANG", 1);
    assertThat(first.name()).isEqualTo("Anne Ouyang");
    assertThat(first.paperCount()).isEqualTo(31);
    assertThat(first.papers()).hasSize(People.PAGE);
    assertThat(first.papers().getFirst().published().toString()).isEqualTo("2024-01-28");
    assertThat(first.hasNext()).isTrue();
    assertThat(people.author("Anne Ouyang", 2).papers()).hasSize(6);
    assertThat(first.coauthors())
        .extracting(AuthorPage.Coauthor::name)
        .containsExactly("Cy Wu", "Bo Li");
    assertThat(first.coauthors().getFirst().papers()).isEqualTo(20);
    assertThat(first.categories()).containsExactly("cs.CL", "cs.LG");
    assertThat(first.firstYear()).isEqualTo(2024);
    assertThat(first.lastYear()).isEqualTo(2024);
    assertThat(first.alsoWrittenAs()).containsExactly("A. Ouyang");
    assertThat(people.author("A. Ouyang", 1).paperCount()).isEqualTo(1); // never merged
    assertThat(people.author("Re Dupont", 1).empty()).isTrue();
    assertThat(people.author("ré dupont", 1).paperCount()).isEqualTo(1);
  }

  @Test
  void blankAndOverlongNamesAreRefused() {
    assertThatThrownBy(() -> people.author("   ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> people.author("x".repeat(301), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUpdateThatChangesTheAuthorsMovesThePaper() {
    papers.upsert(List.of(paper("2401.00001", "2024-01-01", "Old Name")));
    Paper changed = paper("2401.00001", "2024-01-01", "New Name");
    papers.upsert(
        List.of(
            new Paper(
                changed.id(),
                2,
                changed.title(),
                changed.abstractText(),
                changed.authors(),
                changed.categories(),
                changed.published(),
                LocalDate.parse("2024-02-01"),
                null,
                null,
                null,
                null,
                Paper.Links.NONE,
                "test",
                null)));
    assertThat(people.author("New Name", 1).paperCount()).isEqualTo(1);
  }

  @Test
  void theBackfillIndexesPapersStoredBeforeTheIndex() {
    papers.upsert(List.of(paper("2401.00001", "2024-01-01", "Anne Ouyang")));
    db.inTransaction(
        c -> {
          Sql.update(c, "DELETE FROM paper_authors");
          return Sql.update(c, "INSERT INTO author_backfill (id, after_id) VALUES (1, '')");
        });
    assertThat(people.author("Anne Ouyang", 1).empty()).isTrue();
    assertThat(papers.backfillAuthors()).isEqualTo(1);
    assertThat(papers.backfillAuthors()).isZero();
    assertThat(people.author("Anne Ouyang", 1).paperCount()).isEqualTo(1);
  }

  @Test
  void followingTheSameNameTwiceIsOneFollowAndEmptyNamesMayBeFollowed() {
    papers.upsert(List.of(paper("2401.00001", "2024-01-01", "Anne Ouyang")));
    FollowOutcome first = people.follow(ada, "Anne Ouyang");
    assertThat(first.added()).isTrue();
    assertThat(first.papers()).isEqualTo(1);
    assertThat(people.follow(ada, " anne  OUYANG").added()).isFalse();
    FollowOutcome early = people.follow(ada, "Nobody Yet");
    assertThat(early.papers()).isZero();
    assertThat(early.message()).contains("No papers under this name yet");
    assertThat(people.following(ada))
        .extracting(Followed::name)
        .containsExactly("Anne Ouyang", "Nobody Yet");
    assertThat(people.unfollow(ada, "ANNE OUYANG")).isTrue();
    assertThat(people.unfollow(ada, "Anne Ouyang")).isFalse();
  }

  @Test
  void claimsTakeTheKnownIdsAndReportTheRest() {
    papers.upsert(List.of(paper("2502.10436", "2025-02-14", "Anne Ouyang")));
    ClaimReport r = people.claim(ada, List.of("2502.10436", "9999.99999", "2502.10436"));
    assertThat(r.claimed()).containsExactly("2502.10436");
    assertThat(r.unknown()).containsExactly("9999.99999");
    assertThat(people.claimed(ada)).containsExactly("2502.10436");
    assertThat(people.claimedUnder(ada, "anne ouyang")).isEqualTo(1);
    assertThat(people.unclaimAuthor(ada, "Anne Ouyang")).isEqualTo(1);
    assertThat(people.claimed(ada)).isEmpty();
    assertThat(people.claimAuthor(ada, "Anne Ouyang").claimed()).containsExactly("2502.10436");
  }

  @Test
  void deletingTheAccountDeletesFollowsClaimsAndSettings() {
    papers.upsert(List.of(paper("2502.10436", "2025-02-14", "Anne Ouyang")));
    people.follow(ada, "Anne Ouyang");
    people.claim(ada, List.of("2502.10436"));
    people.libraryAlerts(ada, true);
    assertThat(people.libraryAlerts(ada)).isTrue();
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", ada));
    for (String table : List.of("follows", "claims", "people_settings")) {
      long left = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM " + table));
      assertThat(left).isZero();
    }
  }

  @Test
  void digestNewsHasFollowedPapersAndCitationsOfOwnAndOptionallyLibraryPapers() {
    java.time.Instant from = clock.instant();
    papers.upsert(List.of(paper("2502.10436", "2025-02-14", "Ada Reader")));
    String bob = people.userIdFor("bob@example.org");
    people.follow(ada, "Anne Ouyang");
    people.claim(ada, List.of("2502.10436"));
    clock.advance(java.time.Duration.ofHours(1));
    Paper byAnne = paper("2502.20001", "2025-02-20", "Anne Ouyang", "Bo Li");
    Paper citing = paper("2502.20002", "2025-02-20", "Cy Wu");
    papers.upsert(List.of(byAnne, citing));
    db.inTransaction(
        c -> {
          Sql.update(
              c,
              "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                  + " VALUES (?, '2502.10436', 'saved', 'page', 'x')",
              bob);
          return Sql.update(
              c,
              "INSERT INTO citations (cited_id, citing_id, source, found_at, quiet)"
                  + " VALUES ('2502.10436', '2502.20002', 's2', ?, 0)",
              Sql.instant(clock.instant()));
        });
    java.time.Instant until = clock.instant().plusSeconds(1);
    DigestNews news = people.news(List.of(byAnne, citing), from, until);
    List<News> mine = news.sections("ada@example.org", java.util.Set.of());
    assertThat(mine).extracting(News::heading).containsExactly(News.FOLLOWING, News.CITING_WORK);
    assertThat(mine.get(0).entries().getFirst().reasons())
        .containsExactly("by Anne Ouyang, whom you follow");
    assertThat(mine.get(1).entries().getFirst().reasons().getFirst())
        .isEqualTo("cites “Paper 2502.10436”, your paper");
    assertThat(news.sections("ada@example.org", java.util.Set.of("2502.20001")))
        .extracting(News::heading)
        .containsExactly(News.CITING_WORK); // shown already in an earlier section
    assertThat(news.sections("bob@example.org", java.util.Set.of())).isEmpty(); // switch is off
    people.libraryAlerts(bob, true);
    assertThat(
            people
                .news(List.of(byAnne, citing), from, until)
                .sections("bob@example.org", java.util.Set.of()))
        .extracting(News::heading)
        .containsExactly(News.CITING_LIBRARY);
    // a later window brings none of it again
    assertThat(
            people
                .news(List.of(), until, until.plusSeconds(3600))
                .sections("ada@example.org", java.util.Set.of()))
        .isEmpty();
    assertThat(people.citedBy("2502.10436", 10)).containsExactly("2502.20002");
    assertThat(people.cites("2502.20002", 10)).containsExactly("2502.10436");
  }
}
