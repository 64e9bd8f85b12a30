package org.paperboy.digest;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.search.Vectors;
import org.paperboy.subscription.Subscriber;

/**
 * The "For you" part of a digest run (BENCHMARKS.md), run by hand from the test class path: PEOPLE
 * signed-up subscribers, each with a LIBRARY-paper library of their own, over a day of NEW new
 * papers; composes every digest through the {@link Composer} in batches as {@link Digests} does
 * (with the per-person reads: account, library, stored model, papers sent before; and the write of
 * what was sent), and again without recommendations, so the difference is their cost. Vectors are
 * synthetic: papers lie around 300 random directions, each person's library around two of them, so
 * some new papers pass the real threshold. A fresh folder is filled first.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.digest.ForYouBenchmark DIR [PEOPLE [LIBRARY [NEW]]]}
 */
public final class ForYouBenchmark {
  static final int DIRECTIONS = 300;
  static final int DIM = 384;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int library = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int fresh = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
    Config config = new Config(data, null, new Config.Embeddings(null, null, null, 2));
    try (Paperboy app = Paperboy.open(config)) {
      Instant until = Instant.parse("2026-11-30T06:00:00Z");
      Instant from = until.minus(Duration.ofDays(1));
      if (app.papers().count() == 0) {
        fill(app, people, library, fresh, from.plusSeconds(60));
      }
      List<Subscriber> all = app.subscriptions().active();
      System.out.printf(
          "%d cores; papers %,d, subscribers %,d; %s%n",
          Runtime.getRuntime().availableProcessors(),
          app.papers().count(),
          all.size(),
          Instant.now());
      for (int round = 0; round < 3; round++) {
        // every round is the day's first run: nothing of the window was sent before
        app.database()
            .inTransaction(c -> org.paperboy.db.Sql.update(c, "DELETE FROM recommend_sent"));
        LocalDate day = LocalDate.of(2026, 11, 30);
        double cpu = cpu();
        double with = compose(app, all, day, from, until, true);
        double withCpu = cpu() - cpu;
        double without = compose(app, all, day, from, until, false);
        double withoutCpu = cpu() - cpu - withCpu;
        System.out.printf(
            "round %d (%s): with For you %.1f s (CPU %.1f s), without %.1f s (CPU %.1f s)%n",
            round + 1,
            round == 0 ? "first: JIT warm-up, models trained if none stored" : "stored models",
            with,
            withCpu,
            without,
            withoutCpu);
      }
    }
  }

  /** Composes every digest as a run does, in batches with the batch's preparation first. */
  private static double compose(
      Paperboy app,
      List<Subscriber> all,
      LocalDate day,
      Instant from,
      Instant until,
      boolean forYou) {
    long start = System.nanoTime();
    long preparing = 0;
    long picks = 0;
    long people = 0;
    try (Composer c =
        new Composer(
            app.papers(),
            app.search(),
            app.trending(),
            0.75,
            forYou ? app.recommendations() : null,
            true)) {
      for (int i = 0; i < all.size(); i += Digests.BATCH) {
        List<Subscriber> batch = all.subList(i, Math.min(all.size(), i + Digests.BATCH));
        long t = System.nanoTime();
        c.prepare(from, until, batch);
        preparing += System.nanoTime() - t;
        for (Subscriber s : batch) {
          Digest d = c.compose(s, day, from, until);
          picks += d.forYou().size();
          people += d.forYou().isEmpty() ? 0 : 1;
        }
        c.recordSent();
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    if (forYou) {
      System.out.printf(
          "  %,d digests, %,d with a For you section, %,d papers in them; %.1f s of it preparing"
              + " batches (ranked on all cores), %.1f s composing one by one%n",
          all.size(), people, picks, preparing / 1e9, secs - preparing / 1e9);
    }
    return secs;
  }

  /** CPU seconds of the whole process so far (every thread). */
  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static void fill(Paperboy app, int people, int library, int fresh, Instant added)
      throws Exception {
    long t = System.nanoTime();
    SplittableRandom r = new SplittableRandom(7);
    float[][] dirs = new float[DIRECTIONS][];
    for (int i = 0; i < DIRECTIONS; i++) {
      dirs[i] = noise(r, 1);
    }
    String model = Paperboy.MODEL.key();
    String old = added.minus(Duration.ofDays(400)).toString();
    app.database()
        .inTransaction(
            c -> {
              try (PreparedStatement paper =
                      c.prepareStatement(
                          "INSERT INTO papers (id, version, title, abstract, authors, categories,"
                              + " published, source, added_at, content_hash, text_hash)"
                              + " VALUES (?, 1, ?, ?, '[\"A. Author\"]', 'cs.LG', ?, 'bench', ?, 0, 0)");
                  PreparedStatement vector =
                      c.prepareStatement(
                          "INSERT INTO embeddings (paper_id, model, text_hash, vector)"
                              + " VALUES (?, ?, 0, ?)");
                  PreparedStatement user =
                      c.prepareStatement(
                          "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)");
                  PreparedStatement sub =
                      c.prepareStatement(
                          "INSERT INTO subscribers (id, email, status, created_at, frequency,"
                              + " weekday, send_hour, time_zone, paper_count, include_trending,"
                              + " when_empty, failures) VALUES (?, ?, 'active', ?, 'daily', 1, 7,"
                              + " 'UTC', 10, 1, 'notice', 0)");
                  PreparedStatement saved =
                      c.prepareStatement(
                          "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                              + " VALUES (?, ?, 'saved', 'page', ?)")) {
                for (int i = 0; i < fresh; i++) {
                  add(paper, vector, "2611.%05d".formatted(i), near(r, dirs), added, model);
                }
                for (int p = 0; p < people; p++) {
                  String id = "user-%06d".formatted(p);
                  String email = "reader%d@bench.test".formatted(p);
                  user.setString(1, id);
                  user.setString(2, email);
                  user.setString(3, old);
                  user.executeUpdate();
                  sub.setString(1, "sub-%06d".formatted(p));
                  sub.setString(2, email);
                  sub.setString(3, old);
                  sub.executeUpdate();
                  float[] a = dirs[r.nextInt(DIRECTIONS)];
                  float[] b = dirs[r.nextInt(DIRECTIONS)];
                  for (int k = 0; k < library; k++) {
                    String pid = "1901.%06d".formatted(p * library + k);
                    add(
                        paper,
                        vector,
                        pid,
                        around(r, k % 2 == 0 ? a : b),
                        added.minus(Duration.ofDays(400)),
                        model);
                    saved.setString(1, id);
                    saved.setString(2, pid);
                    saved.setString(3, old);
                    saved.addBatch();
                  }
                  saved.executeBatch();
                }
              }
              return null;
            });
    System.out.printf(
        "filled %,d people with %,d saved papers each and %,d new papers in %.0f s%n",
        people, library, fresh, (System.nanoTime() - t) / 1e9);
  }

  private static void add(
      PreparedStatement paper,
      PreparedStatement vector,
      String id,
      float[] v,
      Instant added,
      String model)
      throws java.sql.SQLException {
    paper.setString(1, id);
    paper.setString(2, "Paper " + id);
    paper.setString(3, "An abstract of paper " + id + ".");
    paper.setString(4, added.toString().substring(0, 10));
    paper.setString(5, added.toString());
    paper.executeUpdate();
    vector.setString(1, id);
    vector.setString(2, model);
    vector.setBytes(3, Vectors.toBytes(v));
    vector.executeUpdate();
  }

  private static float[] near(SplittableRandom r, float[][] dirs) {
    return around(r, dirs[r.nextInt(dirs.length)]);
  }

  /** A unit vector at cosine about 0.7 to the direction. */
  private static float[] around(SplittableRandom r, float[] dir) {
    float[] n = noise(r, 1);
    float[] v = new float[DIM];
    for (int i = 0; i < DIM; i++) {
      v[i] = dir[i] + n[i];
    }
    return unit(v);
  }

  private static float[] noise(SplittableRandom r, double scale) {
    float[] v = new float[DIM];
    for (int i = 0; i < DIM; i++) {
      v[i] = (float) (r.nextDouble() * 2 - 1);
    }
    return unit(v);
  }

  private static float[] unit(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    float inv = (float) (1 / Math.sqrt(s));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }
}
