package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.http.Retries;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/** The harvester against a local OAI-PMH server of our own. */
class HarvesterTest {
  static final Retries FAST_RETRIES =
      new Retries(3, Duration.ofMillis(10), Duration.ofMinutes(5), Duration.ofSeconds(5));

  @TempDir Path dir;
  Database db;
  PaperStore store;
  Harvester harvester;
  LocalHttpServer server;
  final List<String> rejections = new ArrayList<>();
  final ImportListener listener = (where, reason) -> rejections.add(where + ": " + reason);

  @BeforeEach
  void open() {
    db = Database.open(Databases.sqlite(dir));
    store = new PaperStore(db);
    harvester = new Harvester(db, store, FAST_RETRIES);
  }

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
    db.close();
  }

  HarvestRequest request(LocalDate from) {
    return new HarvestRequest(server.url("/oai"), "arXiv", null, from, null, Duration.ofMillis(50));
  }

  static Reply twoPages(String query) {
    return query.contains("resumptionToken=token-page-2")
        ? Reply.ok(Fixtures.bytes("oai-arxiv-page2.xml"))
        : Reply.ok(Fixtures.bytes("oai-arxiv-page1.xml"));
  }

  @Test
  void followsResumptionTokensAndHonoursRetryAfter() throws Exception {
    int[] calls = {0};
    server =
        new LocalHttpServer(
            q -> calls[0]++ == 0 ? Reply.status(503, Map.of("Retry-After", "1")) : twoPages(q));
    long start = System.nanoTime();
    ImportSummary s = harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));

    assertThat(server.queries())
        .containsExactly(
            "verb=ListRecords&metadataPrefix=arXiv&from=2025-02-01",
            "verb=ListRecords&metadataPrefix=arXiv&from=2025-02-01",
            "verb=ListRecords&resumptionToken=token-page-2");
    assertThat(s.added()).isEqualTo(2);
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(rejections)
        .singleElement()
        .asString()
        .endsWith("oai:arXiv.org:2502.99999: missing abstract");
    assertThat(store.find("quant-ph/0101001")).isPresent();
  }

  @Test
  void withoutFromItContinuesFromTheLastCompleteHarvest() throws Exception {
    server = new LocalHttpServer(HarvesterTest::twoPages);
    harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener);
    server.answer(q -> Reply.ok(noRecordsMatch()));
    ImportSummary again = harvester.harvest(request(null), listener);
    assertThat(again.papers()).isZero();
    // the first harvest began on the repository's 2025-03-02: the next one starts there
    assertThat(server.queries().getLast())
        .isEqualTo("verb=ListRecords&metadataPrefix=arXiv&from=2025-03-02");
  }

  @Test
  void aFailedHarvestContinuesAtThePageWhereItStopped() throws Exception {
    server =
        new LocalHttpServer(
            q -> q.contains("resumptionToken") ? Reply.status(500, Map.of()) : twoPages(q));
    assertThatThrownBy(() -> harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener))
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("gave up after 3 attempts");
    assertThat(store.find("2502.10517")).isPresent(); // the first page is kept

    server.answer(HarvesterTest::twoPages);
    server.queries().clear();
    ImportSummary resumed = harvester.harvest(request(null), listener);
    assertThat(server.queries()).containsExactly("verb=ListRecords&resumptionToken=token-page-2");
    assertThat(resumed.added()).isEqualTo(1);
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void anExpiredResumptionTokenStartsTheHarvestAgain() throws Exception {
    server =
        new LocalHttpServer(
            q -> q.contains("resumptionToken") ? Reply.status(500, Map.of()) : twoPages(q));
    assertThatThrownBy(() -> harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener));
    boolean[] expired = {false};
    server.answer(
        q -> {
          if (q.contains("resumptionToken") && !expired[0]) {
            expired[0] = true;
            return Reply.ok(oaiError("badResumptionToken", "expired"));
          }
          return twoPages(q);
        });
    server.queries().clear();
    ImportSummary s = harvester.harvest(request(null), listener);
    assertThat(server.queries())
        .containsExactly(
            "verb=ListRecords&resumptionToken=token-page-2",
            "verb=ListRecords&metadataPrefix=arXiv&from=2025-02-01",
            "verb=ListRecords&resumptionToken=token-page-2");
    assertThat(store.count()).isEqualTo(2);
    assertThat(s.rejected()).isEqualTo(1);
  }

  @Test
  void anOaiPmhErrorFailsTheHarvestWithItsMessage() {
    server = new LocalHttpServer(q -> Reply.ok(Fixtures.bytes("oai-error.xml")));
    assertThatThrownBy(() -> harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener))
        .isInstanceOf(Harvester.HarvestException.class)
        .hasMessageStartingWith("OAI-PMH error badArgument: Illegal argument 'foo'");
  }

  @Test
  void aPermanentHttpErrorIsNotRetried() {
    server = new LocalHttpServer(q -> Reply.status(404, Map.of()));
    assertThatThrownBy(() -> harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener))
        .hasMessageStartingWith("HTTP 404");
    assertThat(server.queries()).hasSize(1);
  }

  @Test
  void aResponseThatIsNotOaiPmhIsAskedForAgainThenRefused() {
    server = new LocalHttpServer(q -> Reply.ok("<html><body>maintenance</body></html>".getBytes()));
    assertThatThrownBy(() -> harvester.harvest(request(LocalDate.of(2025, 2, 1)), listener))
        .hasMessageContaining("not an OAI-PMH response (root element <html>)");
    assertThat(server.queries()).hasSize(3);
  }

  static byte[] noRecordsMatch() {
    return oaiError("noRecordsMatch", "");
  }

  static byte[] oaiError(String code, String message) {
    return ("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2025-03-03T00:00:00Z</responseDate>"
            + "<error code=\""
            + code
            + "\">"
            + message
            + "</error></OAI-PMH>")
        .getBytes();
  }
}
