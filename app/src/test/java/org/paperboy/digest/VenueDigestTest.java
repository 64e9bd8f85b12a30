package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.paper.Paper;
import org.paperboy.subscription.Settings;
import org.paperboy.subscription.Subscriber;
import org.paperboy.subscription.Topic;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestApp;

/** Digest topics can use source:, cat: and venue:, and a reason says where a paper was accepted. */
class VenueDigestTest {
  @TempDir Path dir;

  static Paper paper(String id, String title, String source, String comments, String category) {
    return new Paper(
        id,
        1,
        title,
        "About " + title + ".",
        List.of("A. Author"),
        List.of(category),
        LocalDate.of(2026, 11, 5),
        null,
        null,
        null,
        comments,
        null,
        Paper.Links.NONE,
        source,
        null);
  }

  @Test
  void topicsFilterBySourceAndVenueAndReasonsNameTheVenue() {
    try (Paperboy app = TestApp.open(dir, Databases.sqlite(dir))) {
      // TestApp runs on a test clock that starts at MutableClock.START and then ticks
      Instant from = MutableClock.START.minusSeconds(60);
      app.papers()
          .upsert(
              List.of(
                  paper("2511.00001", "Sparse experts", "oai", "ICLR 2026 (oral)", "cs.LG"),
                  paper("2511.00002", "Dense experts", "oai", null, "cs.LG"),
                  paper(
                      "10.1101-2026.11.05.1",
                      "Zebrafish neurons",
                      "biorxiv",
                      null,
                      "neuroscience")));
      app.search().catchUp();
      Instant until = MutableClock.START.plusSeconds(3600);
      Subscriber s =
          new Subscriber(
              "s1",
              "reader@lab.org",
              Subscriber.Status.ACTIVE,
              Settings.DEFAULT,
              List.of(
                  new Topic("t1", "Neuroscience preprints", "source:biorxiv cat:neuroscience"),
                  new Topic("t2", "ICLR", "venue:ICLR")),
              from,
              from,
              0);
      try (Composer composer = new Composer(app.papers(), app.search(), app.trending(), 0.75)) {
        Digest d =
            composer.compose(
                s, LocalDate.ofInstant(MutableClock.START, java.time.ZoneOffset.UTC), from, until);
        Map<String, List<String>> reasons =
            d.items().stream().collect(Collectors.toMap(i -> i.paper().id(), Digest.Item::reasons));
        assertThat(reasons.get("10.1101-2026.11.05.1"))
            .contains("matches topic Neuroscience preprints");
        assertThat(reasons.get("2511.00001"))
            .contains("matches topic ICLR", "accepted at ICLR 2026 (oral)");
        assertThat(reasons.getOrDefault("2511.00002", List.of()))
            .noneMatch(r -> r.startsWith("matches topic")); // trending may still bring it
      }
    }
  }
}
