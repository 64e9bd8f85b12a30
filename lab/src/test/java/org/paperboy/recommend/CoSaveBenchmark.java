package org.paperboy.recommend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.paperboy.db.Database;

/**
 * The co-save model at the size the issue names, run by hand: READERS readers of SAVES saved papers
 * each among PAPERS papers (100,000 × 50 among 200,000 by default). Readers follow two of 2,000
 * topics: 80 % of their saves come from those topics (popular papers of a topic more often), the
 * rest from anywhere, so many pairs reach the minimum of readers. Builds the model three times from
 * the lists in memory, then fills a SQLite folder (once) and rebuilds it three times from the
 * database as the server does, reading every library.
 *
 * <p>{@code java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.recommend.CoSaveBenchmark FOLDER [READERS] [SAVES] [PAPERS]}
 */
public final class CoSaveBenchmark {
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int readers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int saves = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int papers = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
    List<List<String>> libraries = libraries(readers, saves, papers);
    for (int round = 0; round < 3; round++) {
      System.gc();
      long start = System.nanoTime();
      double cpu = cpu();
      CoSaveModel m = CoSaveModel.build(libraries, 3);
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "in memory: %,d readers, %,d papers with neighbours, %,d pairs kept: %.1f s (CPU %.1f"
              + " s), heap %s%n",
          m.readers(), m.papersWithNeighbours(), m.pairs(), s, cpu() - cpu, heap());
    }
    boolean fresh = !Files.exists(folder.resolve("cosaves.db"));
    Files.createDirectories(folder);
    try (Database db = Database.open("jdbc:sqlite:" + folder.resolve("cosaves.db"))) {
      if (fresh) {
        long start = System.nanoTime();
        fill(db, libraries);
        System.out.printf("filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
      }
      libraries = null;
      for (int round = 0; round < 3; round++) {
        System.gc();
        CoSaves co = new CoSaves(Owners.coSaves(db, Clock.systemUTC()), 3);
        long start = System.nanoTime();
        double cpu = cpu();
        co.refresh();
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "from SQLite: %,d readers, %,d pairs kept: %.1f s (CPU %.1f s; read and build),"
                + " heap %s%n",
            co.model().readers(), co.model().pairs(), s, cpu() - cpu, heap());
        start = System.nanoTime();
        co.refresh();
        System.out.printf(
            "  unchanged, checked again: %.3f s%n", (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static String heap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return String.format("%,d MB used", (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  static List<List<String>> libraries(int readers, int saves, int papers) {
    SplittableRandom r = new SplittableRandom(7);
    int topics = 2_000;
    int perTopic = papers / topics;
    List<List<String>> out = new ArrayList<>(readers);
    for (int u = 0; u < readers; u++) {
      int[] mine = {r.nextInt(topics), r.nextInt(topics)};
      Set<String> lib = new LinkedHashSet<>();
      while (lib.size() < saves) {
        int p;
        if (r.nextDouble() < 0.8) {
          // within a topic, paper k with weight about 1/(k+1): a few popular papers per topic
          int k = (int) Math.floor(Math.pow(perTopic + 1, r.nextDouble())) - 1;
          p = mine[r.nextInt(2)] * perTopic + Math.min(k, perTopic - 1);
        } else {
          p = r.nextInt(papers);
        }
        lib.add("p" + p);
      }
      out.add(List.copyOf(lib));
    }
    return out;
  }

  private static void fill(Database db, List<List<String>> libraries) {
    int batch = 1_000;
    for (int from = 0; from < libraries.size(); from += batch) {
      int f = from;
      db.inTransaction(
          c -> {
            try (PreparedStatement u =
                    c.prepareStatement(
                        "INSERT INTO users (id, email, created_at) VALUES (?, ?, '2026-12-01')");
                PreparedStatement l =
                    c.prepareStatement(
                        "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                            + " VALUES (?, ?, 'saved', 'page', ?)")) {
              for (int i = f; i < Math.min(libraries.size(), f + batch); i++) {
                u.setString(1, "u" + i);
                u.setString(2, "u" + i + "@example.org");
                u.addBatch();
                List<String> lib = libraries.get(i);
                for (int k = 0; k < lib.size(); k++) {
                  l.setString(1, "u" + i);
                  l.setString(2, lib.get(k));
                  l.setString(3, String.format("2026-12-01T00:%02d:00Z", k % 60));
                  l.addBatch();
                }
              }
              u.executeBatch();
              l.executeBatch();
            }
            return null;
          });
    }
  }
}
