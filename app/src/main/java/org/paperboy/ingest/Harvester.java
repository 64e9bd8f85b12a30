package org.paperboy.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Incremental OAI-PMH harvesting. Each page's records and the harvest's progress are stored in one
 * transaction, so a harvest stopped anywhere (kill -9 included) continues at the next page when run
 * again; without a {@code from} date it continues from the last complete harvest.
 */
public final class Harvester {
  private static final Logger log = LoggerFactory.getLogger(Harvester.class);

  private final Database db;
  private final PaperStore store;
  private final Retries retryPolicy;

  public Harvester(Database db, PaperStore store) {
    this(db, store, Polite.RETRIES);
  }

  Harvester(Database db, PaperStore store, Retries retryPolicy) {
    this.db = db;
    this.store = store;
    this.retryPolicy = retryPolicy;
  }

  /** A harvest that could not finish; what it stored before stays, and a rerun continues. */
  public static final class HarvestException extends IOException {
    HarvestException(String message) {
      super(message);
    }
  }

  public ImportSummary harvest(HarvestRequest request, ImportListener listener) throws IOException {
    Retrying http = Polite.http(request.delay(), retryPolicy, store.clock());
    HarvestState saved = db.read(c -> HarvestState.load(c, request.key()));
    HarvestState state;
    if (saved != null && saved.inProgress() && request.from() == null) {
      log.info(
          "Resuming the harvest of {} from {} where it stopped", request.endpoint(), saved.from());
      state = saved;
    } else {
      LocalDate from =
          request.from() != null ? request.from() : saved == null ? null : saved.harvestedThrough();
      log.info(
          "Harvesting {} ({}) from {}",
          request.endpoint(),
          request.metadataPrefix(),
          from == null ? "the beginning" : from);
      state =
          new HarvestState(
              request.key(),
              from,
              request.until(),
              null,
              null,
              saved == null ? null : saved.harvestedThrough(),
              0);
    }
    ImportSummary total = ImportSummary.EMPTY;
    boolean retriedBadToken = false;
    while (true) {
      String url =
          state.inProgress() ? resumeUrl(request, state.token()) : firstUrl(request, state);
      List<ParsedRecord> records = new ArrayList<>();
      OaiPmhParser.Page page = fetchPage(http, url, records);
      if (page.error() != null) {
        String code = page.error().code();
        if ("noRecordsMatch".equals(code)) {
          log.info("No new records since {}", state.from());
        } else if ("badResumptionToken".equals(code) && state.inProgress() && !retriedBadToken) {
          log.warn(
              "The saved resumption token has expired; starting the harvest again from {}",
              state.from());
          retriedBadToken = true;
          state =
              new HarvestState(
                  state.key(),
                  state.from(),
                  state.until(),
                  null,
                  null,
                  state.harvestedThrough(),
                  0);
          continue;
        } else {
          throw new HarvestException(page.error() + " (" + url + ")");
        }
      }
      LocalDate today = responseDay(page.responseDate());
      LocalDate startedOn = state.startedOn() != null ? state.startedOn() : today;
      boolean done = !page.hasMore();
      LocalDate through =
          done ? (state.until() != null ? state.until() : startedOn) : state.harvestedThrough();
      HarvestState next =
          new HarvestState(
              state.key(),
              state.from(),
              state.until(),
              done ? null : page.resumptionToken(),
              done ? null : startedOn,
              through,
              done ? 0 : state.recordsSoFar() + page.records());
      total = total.plus(store(records, next, listener));
      state = next;
      if (done) {
        log.info("Harvest complete; the next one starts from {}", through);
        return total;
      }
      listener.progress(state.recordsSoFar(), 0);
    }
  }

  private OaiPmhParser.Page fetchPage(Retrying http, String url, List<ParsedRecord> into)
      throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      byte[] body = http.get(url);
      into.clear();
      try {
        return OaiPmhParser.parse(new ByteArrayInputStream(body), url, into::add);
      } catch (OaiPmhParser.OaiPmhException e) {
        last = e;
        log.warn("Unreadable response ({}); asking again", e.reason);
      }
    }
    throw new HarvestException(
        "the repository keeps sending unreadable responses: " + last.getMessage());
  }

  private ImportSummary store(
      List<ParsedRecord> records, HarvestState next, ImportListener listener) {
    List<Paper> papers = new ArrayList<>();
    long rejected = 0;
    long skipped = 0;
    for (ParsedRecord record : records) {
      switch (record) {
        case ParsedRecord.Parsed(Paper paper) -> papers.add(paper);
        case ParsedRecord.Rejected r -> {
          rejected++;
          listener.rejected(r.where(), r.reason());
        }
        case ParsedRecord.Skipped s -> skipped++;
      }
    }
    Map<String, PaperStore.Change> changes =
        db.inTransaction(
            c -> {
              Map<String, PaperStore.Change> result = store.upsert(c, papers);
              next.save(c, store.clock().instant());
              return result;
            });
    return ImportSummary.of(changes.values(), rejected, papers.size() - changes.size(), skipped);
  }

  private static String firstUrl(HarvestRequest r, HarvestState s) {
    StringBuilder url =
        new StringBuilder(r.endpoint())
            .append("?verb=ListRecords&metadataPrefix=")
            .append(encode(r.metadataPrefix()));
    if (s.from() != null) {
      url.append("&from=").append(s.from());
    }
    if (s.until() != null) {
      url.append("&until=").append(s.until());
    }
    if (r.set() != null) {
      url.append("&set=").append(encode(r.set()));
    }
    return url.toString();
  }

  private static String resumeUrl(HarvestRequest r, String token) {
    return r.endpoint() + "?verb=ListRecords&resumptionToken=" + encode(token);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The repository's day from its {@code responseDate}; today (UTC) when it sent none. */
  private static LocalDate responseDay(String responseDate) {
    if (responseDate != null && responseDate.length() >= 10) {
      try {
        return LocalDate.parse(responseDate.substring(0, 10));
      } catch (java.time.format.DateTimeParseException ignored) {
        // fall through to today
      }
    }
    return LocalDate.now(java.time.ZoneOffset.UTC);
  }
}
