package org.paperboy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** The synthetic papers and outside signals {@code lab/run signals} ranks. */
final class SyntheticSignals {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Papers published in the 30-day window. */
  static final int IN_WINDOW = 30_000;

  private SyntheticSignals() {}

  /** {@code count} papers, {@link #IN_WINDOW} of them in the last 30 days, the rest older. */
  static void fill(PaperStore store, int count, LocalDate today) {
    List<Paper> batch = new ArrayList<>(5_000);
    for (int i = 0; i < count; i++) {
      LocalDate published =
          i < IN_WINDOW ? today.minusDays(i % 30) : today.minusDays(31 + i % 3_650);
      batch.add(
          new Paper(
              id(i),
              1,
              "Synthetic paper " + i + " on signals and ranking",
              "An abstract for synthetic paper " + i + ", long enough to be a paragraph of text.",
              List.of("A. Author", "B. Author"),
              List.of("cs.LG"),
              published,
              published,
              null,
              null,
              null,
              null,
              Paper.Links.NONE,
              "bench",
              null));
      if (batch.size() == 5_000) {
        store.upsert(batch);
        batch.clear();
      }
    }
    store.upsert(batch);
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "%04d.%05d", 2000 + i / 100_000, i % 100_000);
  }

  /** Every third window paper until {@code withSignals}: upvotes, comments, stars, citations. */
  static int signals(Database db, int withSignals, Instant now) {
    Random rnd = new Random(42);
    return db.inTransaction(
        c -> {
          int rows = 0;
          try (PreparedStatement obs = insert(c, "signal_observations");
              PreparedStatement latest = insert(c, "signal_latest")) {
            for (int n = 0; n < withSignals; n++) {
              String id = id((n * 3) % IN_WINDOW + (n * 3) / IN_WINDOW);
              long up = Math.min(5_000, (long) Math.floor(Math.pow(rnd.nextDouble(), -1.3)));
              rows += add(obs, latest, id, "hf", "upvotes", up, now, true);
              rows += add(obs, latest, id, "hf", "comments", up / 8, now, true);
              if (n % 5 < 2) {
                long stars = rnd.nextInt(3_000);
                add(
                    obs,
                    latest,
                    id,
                    "github",
                    "stars",
                    stars,
                    now.minus(Duration.ofDays(10)),
                    false);
                rows +=
                    1
                        + add(
                            obs,
                            latest,
                            id,
                            "github",
                            "stars",
                            stars + rnd.nextInt(200),
                            now,
                            true);
              }
              if (n % 5 == 4) {
                rows += add(obs, latest, id, "s2", "citations", rnd.nextInt(50), now, true);
              }
            }
            obs.executeBatch();
            latest.executeBatch();
          }
          return rows;
        });
  }

  private static PreparedStatement insert(Connection c, String table) throws SQLException {
    return c.prepareStatement(
        "INSERT INTO "
            + table
            + " (paper_id, source, metric, value, observed_at) VALUES (?, ?, ?, ?, ?)");
  }

  private static int add(
      PreparedStatement obs,
      PreparedStatement latest,
      String id,
      String source,
      String metric,
      long value,
      Instant at,
      boolean newest)
      throws SQLException {
    for (PreparedStatement ps : newest ? List.of(obs, latest) : List.of(obs)) {
      ps.setString(1, id);
      ps.setString(2, source);
      ps.setString(3, metric);
      ps.setLong(4, value);
      ps.setString(5, AT.format(at));
      ps.addBatch();
    }
    return 1;
  }
}
