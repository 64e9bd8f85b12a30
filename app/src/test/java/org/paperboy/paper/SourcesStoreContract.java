package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.testing.Fixtures;

/** Papers of several servers and their venues, stored on each database. */
abstract class SourcesStoreContract {
  @TempDir Path dir;
  Database db;
  PaperStore store;
  PaperVenues venues;

  abstract String url(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(url(dir));
    store = new PaperStore(db);
    venues = new PaperVenues(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Paper arxiv(String id, String title, String comments) {
    Paper p = Fixtures.paper(id, title, "An abstract.", "2025-01-02");
    return new Paper(
        p.id(),
        1,
        p.title(),
        p.abstractText(),
        List.of("Ada Lovelace"),
        p.categories(),
        p.published(),
        null,
        null,
        null,
        comments,
        null,
        p.links(),
        "oai",
        null);
  }

  static Paper biorxiv(String doi, int version) {
    return new Paper(
        PaperIds.fromDoi(doi),
        version,
        "A cell atlas v" + version,
        "Cells.",
        List.of("B. Bio"),
        List.of("neuroscience"),
        LocalDate.of(2026, 11, 5),
        null,
        doi,
        null,
        null,
        null,
        Paper.Links.NONE,
        "biorxiv",
        null);
  }

  @Test
  void serversAreCountedAndDoiIdsFound() {
    store.upsert(
        List.of(arxiv("2501.00001", "One", null), biorxiv("10.1101/2026.11.05.123456", 1)));
    store.upsert(List.of(biorxiv("10.1101/2026.11.05.123456", 2)));
    assertThat(store.countByServer())
        .containsExactly(
            Map.entry("arxiv", 1L),
            Map.entry("biorxiv", 1L),
            Map.entry("medrxiv", 0L),
            Map.entry("openreview", 0L));
    Paper p = store.find("10.1101/2026.11.05.123456").orElseThrow();
    assertThat(p.id()).isEqualTo("10.1101-2026.11.05.123456");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.title()).isEqualTo("A cell atlas v2");
  }

  @Test
  void openReviewsDecisionWinsOverTheAuthorsWordsAndSticks() {
    store.upsert(List.of(arxiv("2501.00002", "Deep Nets, Again", "Accepted at ICLR 2025")));
    assertThat(store.find("2501.00002").orElseThrow().venue())
        .isEqualTo(new Venue("ICLR 2025", null, null, Venue.COMMENTS));
    Venue decided = new Venue("ICLR 2025", "ICLR.cc/2025/Conference", "Oral", Venue.OPENREVIEW);
    Paper stored = store.find("2501.00002").orElseThrow();
    assertThat(store.upsert(List.of(stored.withVenue(decided))))
        .containsEntry("2501.00002", PaperStore.Change.UPDATED);
    assertThat(store.upsert(List.of(stored.withVenue(decided))))
        .containsEntry("2501.00002", PaperStore.Change.UNCHANGED);
    // a changed decision replaces the old one
    Venue oral = new Venue("ICLR 2025", "ICLR.cc/2025/Conference", "Spotlight", Venue.OPENREVIEW);
    assertThat(store.upsert(List.of(stored.withVenue(oral))))
        .containsEntry("2501.00002", PaperStore.Change.UPDATED);
    assertThat(store.find("2501.00002").orElseThrow().venue().decision()).isEqualTo("Spotlight");
    store.upsert(List.of(stored.withVenue(decided)));
    // a later arXiv harvest of the paper keeps the decision
    store.upsert(List.of(arxiv("2501.00002", "Deep Nets, Again", "ICLR 2025 (poster)")));
    assertThat(store.find("2501.00002").orElseThrow().venue()).isEqualTo(decided);
    assertThat(venues.venues(10))
        .containsExactly(new PaperVenues.Count("iclr-2025", "ICLR 2025", 1));
    assertThat(venues.papersAt("iclr-2025", 10))
        .extracting(Paper::id)
        .containsExactly("2501.00002");
    assertThat(venues.keyOfVenueId("ICLR.cc/2025/Conference")).isEqualTo("iclr-2025");
    assertThat(venues.byTitleKeys(List.of("deep nets again")).get("deep nets again"))
        .extracting(Paper::id)
        .containsExactly("2501.00002");
  }

  @Test
  void keysOfOlderRowsAreFilledOnce() throws Exception {
    store.upsert(List.of(arxiv("2501.00003", "Old Row", "NeurIPS 2024 spotlight")));
    db.inTransaction(
        c ->
            org.paperboy.db.Sql.update(
                c,
                "UPDATE papers SET title_key = NULL, venue_key = NULL, venue_name = NULL,"
                    + " venue_from = NULL"));
    long seq = db.lastSeq();
    assertThat(venues.fillKeys()).isEqualTo(1);
    assertThat(venues.fillKeys()).isZero();
    assertThat(db.lastSeq()).isGreaterThan(seq);
    assertThat(venues.venues(10))
        .extracting(PaperVenues.Count::name)
        .containsExactly("NeurIPS 2024");
    assertThat(store.find("2501.00003").orElseThrow().venue().decision()).isEqualTo("Spotlight");
  }
}
