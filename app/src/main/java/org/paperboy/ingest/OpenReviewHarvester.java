package org.paperboy.ingest;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.http.HttpFailure;
import org.paperboy.http.Retries;
import org.paperboy.http.Retrying;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.PaperVenues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a venue's accepted notes from OpenReview's API v2 ({@code /notes?content.venueid=...}) and
 * marks the stored papers they are with the venue and decision; a note no stored paper matches
 * becomes a paper of source {@code openreview}. Progress is stored per page; a rerun updates
 * decisions and adds nothing twice.
 */
public final class OpenReviewHarvester {
  private static final Logger log = LoggerFactory.getLogger(OpenReviewHarvester.class);
  public static final String DEFAULT_URL = "https://api2.openreview.net";
  static final int PAGE = 1_000; // the API's largest page
  static final long MAX_NOTES = 200_000;

  private final Database db;
  private final PaperStore store;
  private final PaperVenues venues;
  private final Retries retries;
  private final int pageSize;

  public OpenReviewHarvester(Database db, PaperStore store) {
    this(db, store, Polite.RETRIES, PAGE);
  }

  OpenReviewHarvester(Database db, PaperStore store, Retries retries, int pageSize) {
    this.db = db;
    this.store = store;
    this.venues = new PaperVenues(db);
    this.retries = retries;
    this.pageSize = pageSize;
  }

  /**
   * What a harvest did: the papers written, how many notes matched stored papers, and how many
   * became new openreview papers.
   */
  public record Result(ImportSummary summary, long matched, long created) {}

  /**
   * Harvests one venue. A venue id OpenReview does not know is an {@link IllegalArgumentException}
   * with the server's message.
   */
  public Result harvest(String baseUrl, String venueId, Duration delay, ImportListener listener)
      throws IOException {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (!base.startsWith("http://") && !base.startsWith("https://")) {
      throw new IllegalArgumentException("the OpenReview API URL must be http(s): " + baseUrl);
    }
    if (venueId == null || venueId.isBlank() || venueId.length() > 200) {
      throw new IllegalArgumentException(
          "--venue needs OpenReview's venue id, e.g. ICLR.cc/2025/Conference");
    }
    Retrying http = Polite.http(delay, retries, store.clock());
    knownVenue(http, base, venueId);
    long filled = venues.fillKeys();
    if (filled > 0) {
      log.info("Filled the title keys of {} papers stored before venues existed", filled);
    }
    String key = base + " " + venueId;
    SourceHarvestState saved = db.read(c -> SourceHarvestState.load(c, key));
    long offset = saved != null && saved.inProgress() ? saved.cursor() : 0;
    VenueMatcher matcher = new VenueMatcher(store, venues);
    // a stored paper takes the venue of the first note that matches it; a second note that does
    // (the same title and first author's surname) is a work of its own, so reruns agree
    java.util.Set<String> taken = new java.util.HashSet<>();
    ImportSummary total = ImportSummary.EMPTY;
    long matched = 0;
    while (offset < MAX_NOTES) {
      String url =
          base
              + "/notes?content.venueid="
              + encode(venueId)
              + "&limit="
              + pageSize
              + "&offset="
              + offset;
      OpenReviewNotes.Page page = fetch(http, url, venueId, offset);
      page.rejected().forEach(r -> listener.rejected(url, r));
      List<Paper> writes = new ArrayList<>();
      for (VenueMatcher.Match m : matcher.match(page.notes())) {
        if (m.paper() != null
            && !m.paper().server().equals("openreview")
            && taken.add(m.paper().id())) {
          matched++;
          writes.add(m.paper().withVenue(m.note().venue()));
        } else {
          writes.add(paperOf(m.note()));
        }
      }
      long next = offset + page.size();
      boolean last = page.size() < pageSize || (page.count() >= 0 && next >= page.count());
      SourceHarvestState state = new SourceHarvestState(key, null, null, last ? null : next, null);
      Map<String, PaperStore.Change> changes =
          db.inTransaction(
              c -> {
                Map<String, PaperStore.Change> r = store.upsert(c, writes);
                state.save(c, store.clock().instant());
                return r;
              });
      total =
          total.plus(
              ImportSummary.of(
                  changes.values(), page.rejected().size(), writes.size() - changes.size(), 0));
      if (last) {
        break;
      }
      listener.progress(next, 0);
      offset = next;
    }
    return new Result(total, matched, total.added());
  }

  private static Paper paperOf(OpenReviewNotes.Note n) {
    String id = PaperIds.fromOpenReview(n.forum());
    return new Paper(
        id,
        0,
        n.title(),
        n.abstractText(),
        n.authors(),
        List.of(),
        n.published(),
        null,
        null,
        null,
        null,
        null,
        new Paper.Links(
            "https://openreview.net/forum?id=" + n.forum(),
            "https://openreview.net/pdf?id=" + n.forum(),
            null,
            null),
        "openreview",
        null,
        n.venue());
  }

  /** Asks for the venue's group: an unknown id is refused with what the server says. */
  private static void knownVenue(Retrying http, String base, String venueId) throws IOException {
    try {
      http.get(base + "/groups?id=" + encode(venueId));
    } catch (HttpFailure e) {
      if (e.refused && e.status >= 400 && e.status < 500) {
        throw new IllegalArgumentException(
            "OpenReview does not know the venue '" + venueId + "': " + serverMessage(e.body));
      }
      throw e;
    }
  }

  private static String serverMessage(String body) {
    try {
      String m =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(body)
              .path("message")
              .asText("");
      return BiorxivHarvester.start((m.isBlank() ? body : m).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return BiorxivHarvester.start(body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static OpenReviewNotes.Page fetch(Retrying http, String url, String venueId, long offset)
      throws IOException {
    byte[] body = new byte[0];
    String why = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      body = http.get(url);
      try {
        return OpenReviewNotes.parse(body, venueId, offset);
      } catch (BiorxivPage.Unreadable e) {
        why = e.getMessage();
        log.warn("Unreadable answer from {} ({}); asking again", url, why);
      }
    }
    throw new Harvester.HarvestException(
        "OpenReview keeps sending answers that are not its JSON ("
            + why
            + "): "
            + url
            + " answered: "
            + BiorxivHarvester.start(body));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
