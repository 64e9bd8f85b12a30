package org.paperboy.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestCore;

/** A real database with four papers and two people, for the library contracts. */
abstract class LibraryDatabase {
  @TempDir Path dir;
  Database db;
  PaperStore papers;
  Accounts accounts;
  Library library;
  MutableClock clock;
  String ada;
  String bob;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    clock = new MutableClock();
    papers = new PaperStore(db, clock);
    Core core = TestCore.of(dir, db, papers, null, clock);
    accounts = new Accounts(core, List.of());
    library =
        new Library(
            core,
            accounts,
            new ArxivApi(papers),
            titles -> titles.stream().map(t -> (List<String>) new ArrayList<>(allIds())).toList());
    papers.upsert(
        List.of(
            paper("1706.03762", "Attention Is All You Need", "2017-06-12", null),
            paper(
                "2205.14135",
                "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
                "2022-05-27",
                null),
            paper(
                "2309.06180",
                "Efficient Memory Management for Large Language Model Serving with PagedAttention",
                "2023-09-12",
                null),
            paper(
                "schr1935",
                "Die gegenwärtige Situation in der Quantenmechanik",
                "1935-11-29",
                "10.1007/BF01491891")));
    ada = library.userIdFor("ada@lab.test");
    bob = library.userIdFor("Bob@Lab.test");
  }

  List<String> allIds() {
    return db.read(c -> Sql.list(c, "SELECT id FROM papers", rs -> rs.getString(1)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Paper paper(String id, String title, String published, String doi) {
    Paper p = Fixtures.paper(id, title, "Abstract of " + title, published);
    return new Paper(
        p.id(),
        1,
        p.title(),
        p.abstractText(),
        List.of("Grace Hopper", "Alan Turing"),
        p.categories(),
        p.published(),
        null,
        doi,
        null,
        null,
        null,
        p.links(),
        "test",
        null);
  }
}
