package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Papers wait for their vector newest first, whatever order they came in, on each database. */
abstract class EmbedOrderContract {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @TempDir Path dir;
  Database db;
  PaperStore papers;
  final List<List<String>> batches = new ArrayList<>();
  Runnable duringFirstBatch = () -> {};

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    papers = new PaperStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  Search search(LocalDate since) {
    return new Search(db, papers, dir.resolve("index"), "bge-small-en-v1.5", Recording::new, since);
  }

  /** Embeds nothing real: remembers which papers it was given, batch by batch (title = id). */
  final class Recording implements Embedder {
    @Override
    public String model() {
      return "bge-small-en-v1.5";
    }

    @Override
    public int dimensions() {
      return 384;
    }

    @Override
    public float[][] embedPassages(List<String> texts) {
      batches.add(texts.stream().map(t -> t.substring(0, t.indexOf(". "))).toList());
      if (batches.size() == 1) {
        duringFirstBatch.run();
      }
      float[][] out = new float[texts.size()][384];
      for (float[] v : out) {
        v[0] = 1;
      }
      return out;
    }

    @Override
    public float[] embedQuery(String query) {
      return embedPassages(List.of(query + ". "))[0];
    }
  }

  static Paper paper(String id, LocalDate published) {
    return new Paper(
        id,
        1,
        id,
        "An abstract about " + id + ".",
        List.of("A. Author"),
        List.of("cs.LG"),
        published,
        published,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "test",
        null);
  }

  /** {@code n} papers published one a day backwards from {@code newest}, written oldest first. */
  void backlog(String prefix, int n, LocalDate newest) {
    List<Paper> batch = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      batch.add(paper(prefix + String.format("%04d", i), newest.minusDays(i)));
    }
    papers.upsert(batch);
  }

  List<String> embedded() {
    return batches.stream().flatMap(List::stream).toList();
  }

  @Test
  void theNewestWaitingPapersAreEmbeddedFirstAndLimitTakesTheNNewest() {
    backlog("old", 300, LocalDate.of(2010, 12, 31));
    papers.upsert(List.of(paper("undated", null)));
    try (Search search = search(null)) {
      assertThat(search.stats().waitingForEmbedding()).isEqualTo(301);
      assertThat(search.embed(3, (done, total, rate) -> {})).isEqualTo(3);
      assertThat(embedded()).containsExactly("old0000", "old0001", "old0002");
      search.embed(Long.MAX_VALUE, (done, total, rate) -> {});
      assertThat(embedded()).hasSize(301).doesNotHaveDuplicates().endsWith("old0299", "undated");
      assertThat(search.stats().waitingForEmbedding()).isZero();
      assertThat(search.stats().embedded()).isEqualTo(301);
    }
  }

  @Test
  void aDailyHarvestArrivingDuringABackfillIsEmbeddedAtTheNextBatch() {
    backlog("old", 1000, LocalDate.of(2015, 6, 1));
    // the harvest lands while the job embeds its first batch of the backlog
    duringFirstBatch = () -> backlog("new", 100, TODAY);
    try (Search search = search(null)) {
      search.embed(EmbedJob.BATCH * 4, (done, total, rate) -> {});
    }
    assertThat(batches.get(0)).allMatch(id -> id.startsWith("old"));
    List<String> after = embedded().subList(EmbedJob.BATCH, embedded().size());
    assertThat(after.subList(0, 100)).allMatch(id -> id.startsWith("new"));
    assertThat(after.getFirst()).isEqualTo("new0000"); // today's first
    assertThat(after.subList(100, after.size())).allMatch(id -> id.startsWith("old"));
  }

  @Test
  void papersOlderThanEmbedSinceAreLeftToKeywordSearch() {
    backlog("p", 50, TODAY); // published from 50 days ago up to today
    try (Search search = search(TODAY.minusDays(9))) {
      assertThat(search.stats().waitingForEmbedding()).isEqualTo(10);
      assertThat(search.stats().keywordOnly()).isEqualTo(40);
      assertThat(search.embed(Long.MAX_VALUE, (done, total, rate) -> {})).isEqualTo(10);
      assertThat(embedded()).startsWith("p0000").endsWith("p0009");
      assertThat(search.stats().waitingForEmbedding()).isZero();
      assertThat(search.stats().keywordOnly()).isEqualTo(40);
    }
  }

  @Test
  void aChangedTextWaitsAgainAndAnUnchangedOneDoesNot() {
    backlog("p", 5, TODAY);
    try (Search search = search(null)) {
      search.embed(Long.MAX_VALUE, (done, total, rate) -> {});
      papers.upsert(List.of(paper("p0003", TODAY.minusDays(3))));
      assertThat(search.stats().waitingForEmbedding()).isZero();
      Paper p = paper("p0003", TODAY.minusDays(3));
      papers.upsert(
          List.of(
              new Paper(
                  p.id(),
                  2,
                  p.title(),
                  p.abstractText() + " Revised.",
                  p.authors(),
                  p.categories(),
                  p.published(),
                  p.updated(),
                  null,
                  null,
                  null,
                  null,
                  Paper.Links.NONE,
                  "test",
                  null)));
      assertThat(search.stats().waitingForEmbedding()).isEqualTo(1);
      search.embed(Long.MAX_VALUE, (done, total, rate) -> {});
      assertThat(embedded()).hasSize(6).endsWith("p0003");
    }
  }
}
