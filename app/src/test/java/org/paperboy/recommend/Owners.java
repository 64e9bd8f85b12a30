package org.paperboy.recommend;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.paperboy.account.Accounts;
import org.paperboy.config.Config;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.library.Library;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.search.Search;
import org.paperboy.testing.TestCore;
import org.paperboy.trending.Trending;

/** The features recommendations read through, built over one database for the store tests. */
final class Owners {
  private Owners() {}

  /** The reads of recommendations; vectors of {@code model}, the index in {@code dir}. */
  static Store store(Database db, Path dir, String model, Clock clock) {
    PaperStore papers = new PaperStore(db, clock);
    Search search = new Search(db, papers, dir.resolve("index"), model, () -> null);
    return new Store(search, trending(db, papers, clock), readers(db, papers, clock));
  }

  /** Where the co-saves read from. */
  static CoSaves.Sources coSaves(Database db, Clock clock) {
    PaperStore papers = new PaperStore(db, clock);
    Recommendations.Readers r = readers(db, papers, clock);
    return new CoSaves.Sources(db, r.library(), trending(db, papers, clock), r.accounts());
  }

  private static Trending trending(Database db, PaperStore papers, Clock clock) {
    return new Trending(db, papers, Config.Trending.defaults(), clock);
  }

  private static Recommendations.Readers readers(Database db, PaperStore papers, Clock clock) {
    Core core = TestCore.of(Path.of("unused"), db, papers, null, clock);
    Accounts accounts = new Accounts(core, List.of());
    Library library =
        new Library(
            core,
            accounts,
            new ArxivApi(papers),
            titles -> titles.stream().map(t -> List.<String>of()).toList());
    // the subscriptions give cold starts their topics: no store test reads them
    return new Recommendations.Readers(
        null, accounts, library, new People(core, accounts, library));
  }
}
