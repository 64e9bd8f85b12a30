package org.paperboy.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.http.Retries;
import org.paperboy.http.Retrying;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harvests bioRxiv or medRxiv, page by page as the server counts them. Each page's preprints and
 * the harvest's progress are stored in one transaction, so a harvest stopped anywhere continues at
 * the next page; without a start date it continues from the last complete harvest. Every version of
 * a preprint is one paper: the newest wins, as for arXiv.
 */
public final class BiorxivHarvester {
  private static final Logger log = LoggerFactory.getLogger(BiorxivHarvester.class);
  private static final int UNREADABLE_ATTEMPTS = 3;

  private final Database db;
  private final PaperStore store;
  private final Retries retries;

  public BiorxivHarvester(Database db, PaperStore store) {
    this(db, store, Polite.RETRIES);
  }

  BiorxivHarvester(Database db, PaperStore store, Retries retries) {
    this.db = db;
    this.store = store;
    this.retries = retries;
  }

  public ImportSummary harvest(BiorxivRequest request, ImportListener listener) throws IOException {
    Retrying http = Polite.http(request.delay(), retries, store.clock());
    SourceHarvestState state = start(request);
    ImportSummary total = ImportSummary.EMPTY;
    long seen = 0;
    while (true) {
      String url = request.url(state.from(), state.until(), state.cursor());
      BiorxivPage page = fetch(http, url, request.server(), state.cursor());
      SourceHarvestState next = page.last() ? state.done() : state.at(page.cursor() + page.count());
      total = total.plus(store(page.records(), next, listener));
      seen += page.records().size();
      if (page.last()) {
        log.info(
            "{} harvest complete; the next one starts from {}", request.server(), next.until());
        return total;
      }
      listener.progress(seen, 0);
      state = next;
    }
  }

  private SourceHarvestState start(BiorxivRequest r) {
    SourceHarvestState saved = db.read(c -> SourceHarvestState.load(c, r.key()));
    if (saved != null && saved.inProgress() && r.from() == null) {
      log.info("Resuming the {} harvest at cursor {}", r.server(), saved.cursor());
      return saved;
    }
    LocalDate today = LocalDate.now(store.clock().withZone(ZoneOffset.UTC));
    LocalDate from =
        r.from() != null
            ? r.from()
            : saved != null && saved.harvestedThrough() != null
                ? saved.harvestedThrough()
                : today.minusDays(1);
    LocalDate until = r.until() != null ? r.until() : today.isBefore(from) ? from : today;
    log.info("Harvesting {} from {} to {}", r.server(), from, until);
    return new SourceHarvestState(
        r.key(), from, until, 0L, saved == null ? null : saved.harvestedThrough());
  }

  /**
   * One page; an unreadable answer (HTML, a truncated body) is asked for again, twice, before the
   * harvest stops with the URL and the start of what came back.
   */
  private static BiorxivPage fetch(Retrying http, String url, String server, long cursor)
      throws IOException {
    byte[] body = null;
    String why = null;
    for (int attempt = 1; attempt <= UNREADABLE_ATTEMPTS; attempt++) {
      body = http.get(url);
      if (Retrying.isRateLimited(body)) {
        why = "rate limited (error code: 1015)";
        http.rateLimited(url);
        attempt--;
        continue;
      }
      try {
        return BiorxivPage.parse(body, server, cursor);
      } catch (BiorxivPage.Unreadable e) {
        why = e.getMessage();
        log.warn("Unreadable answer from {} ({}); asking again", url, why);
      }
    }
    throw new Harvester.HarvestException(
        "the server keeps sending answers that are not its JSON ("
            + why
            + "): "
            + url
            + " answered: "
            + start(body));
  }

  static String start(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 800), StandardCharsets.UTF_8);
    s = org.paperboy.paper.Text.printable(s);
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  private ImportSummary store(
      List<ParsedRecord> records, SourceHarvestState next, ImportListener listener) {
    List<Paper> papers = new ArrayList<>();
    long rejected = 0;
    for (ParsedRecord record : records) {
      switch (record) {
        case ParsedRecord.Parsed(Paper paper) -> papers.add(paper);
        case ParsedRecord.Rejected r -> {
          rejected++;
          listener.rejected(r.where(), r.reason());
        }
        case ParsedRecord.Skipped s -> {}
      }
    }
    Map<String, PaperStore.Change> changes =
        db.inTransaction(
            c -> {
              Map<String, PaperStore.Change> result = store.upsert(c, papers);
              next.save(c, store.clock().instant());
              return result;
            });
    return ImportSummary.of(changes.values(), rejected, papers.size() - changes.size(), 0);
  }
}
