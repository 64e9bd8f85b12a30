package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/** The bioRxiv harvester against a stand-in that replays api.biorxiv.org's answers. */
abstract class BiorxivHarvestContract {
  static final LocalDate FROM = LocalDate.of(2026, 11, 4);
  static final LocalDate UNTIL = LocalDate.of(2026, 11, 6);
  static final String PREFIX = "/details/biorxiv/2026-11-04/2026-11-06/";

  @TempDir Path dir;
  Database db;
  PaperStore store;
  BiorxivHarvester harvester;
  LocalHttpServer server;
  final List<String> rejections = new ArrayList<>();
  final ImportListener listener = (where, reason) -> rejections.add(where + ": " + reason);

  abstract String url(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(url(dir));
    store = new PaperStore(db);
    harvester = new BiorxivHarvester(db, store, HarvesterTest.FAST_RETRIES);
  }

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
    db.close();
  }

  static Reply json(String fixture) {
    return new Reply(200, Map.of("Content-Type", "application/json"), Fixtures.bytes(fixture));
  }

  /** The three pages of the interval, by cursor. */
  static Reply pages(String path) {
    if (!path.startsWith(PREFIX)) {
      return json("biorxiv-empty.json");
    }
    return json("biorxiv-page" + path.substring(PREFIX.length()) + ".json");
  }

  BiorxivRequest request(LocalDate from, LocalDate until) {
    return new BiorxivRequest(server.url(""), "biorxiv", from, until, Duration.ZERO);
  }

  @Test
  void harvestsEveryPageOnceThroughA429AndATruncatedBody() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server =
        LocalHttpServer.withPaths(
            path -> {
              int n = calls.getAndIncrement();
              if (n == 0) {
                return Reply.status(429, Map.of("Retry-After", "0"));
              }
              if (n == 2) { // page 2, cut off in the middle
                byte[] whole = Fixtures.bytes("biorxiv-page2.json");
                return new Reply(200, Map.of(), Arrays.copyOf(whole, whole.length / 2));
              }
              return pages(path);
            });
    ImportSummary s = harvester.harvest(request(FROM, UNTIL), listener);

    assertThat(server.queries())
        .containsExactly(PREFIX + "0", PREFIX + "0", PREFIX + "2", PREFIX + "2", PREFIX + "4");
    assertThat(s.added()).isEqualTo(3);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(rejections)
        .singleElement()
        .asString()
        .contains("cursor 0, record 2")
        .contains("missing title");
    Paper atlas = store.find("10.1101/2026.11.04.600001").orElseThrow();
    assertThat(atlas.version()).isEqualTo(2);
    assertThat(atlas.title()).isEqualTo("A single-cell atlas of the larval zebrafish hindbrain");
    assertThat(atlas.published()).isEqualTo(LocalDate.of(2026, 11, 4));
    assertThat(atlas.authors()).containsExactly("Smith, J.", "Doe, A. B.");
    assertThat(atlas.categories()).containsExactly("neuroscience");
    assertThat(atlas.server()).isEqualTo("biorxiv");
    assertThat(atlas.links().abs())
        .isEqualTo("https://www.biorxiv.org/content/10.1101/2026.11.04.600001v2");
    Paper pruning = store.find("10.1101-2026.11.05.600003").orElseThrow();
    assertThat(pruning.published()).isEqualTo(LocalDate.of(2026, 11, 5)); // "2026-11-5"
    assertThat(pruning.categories()).containsExactly("cell-biology");
    Paper hostile = store.find("10.1101-2026.11.06.600004").orElseThrow();
    assertThat(hostile.title()).doesNotContain("\u202e", "\u0007");
    assertThat(hostile.authors()).allSatisfy(a -> assertThat(a).doesNotContain("\u0000"));
    assertThat(store.countByServer()).containsEntry("biorxiv", 3L);

    // a second run continues from the last complete harvest and adds nothing twice
    server.queries().clear();
    ImportSummary again = harvester.harvest(request(null, UNTIL), listener);
    assertThat(server.queries()).containsExactly("/details/biorxiv/2026-11-06/2026-11-06/0");
    assertThat(again.added()).isZero();
  }

  @Test
  void anHtmlAnswerStopsWithTheUrlAndTheHarvestContinuesWhereItStopped() throws Exception {
    String html = "<!DOCTYPE html><html><head><title>Maintenance</title></head>" + "x".repeat(400);
    server =
        LocalHttpServer.withPaths(
            path ->
                path.endsWith("/2")
                    ? new Reply(200, Map.of(), html.getBytes(StandardCharsets.UTF_8))
                    : pages(path));
    assertThatThrownBy(() -> harvester.harvest(request(FROM, UNTIL), listener))
        .isInstanceOf(Harvester.HarvestException.class)
        .hasMessageContaining(server.url(PREFIX + "2"))
        .hasMessageContaining("<!DOCTYPE html><html><head><title>Maintenance")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("x".repeat(200)));
    assertThat(store.countByServer()).containsEntry("biorxiv", 1L); // page 0 kept

    server.queries().clear();
    server.answer(BiorxivHarvestContract::pages);
    ImportSummary rest = harvester.harvest(request(null, null), listener);
    assertThat(server.queries()).containsExactly(PREFIX + "2", PREFIX + "4");
    assertThat(rest.added()).isEqualTo(2);
  }

  @Test
  void noPostsIsAnEmptyHarvest() throws Exception {
    server = LocalHttpServer.withPaths(path -> json("biorxiv-empty.json"));
    assertThat(harvester.harvest(request(FROM, FROM), listener).papers()).isZero();
    assertThat(server.queries()).hasSize(1);
  }
}
