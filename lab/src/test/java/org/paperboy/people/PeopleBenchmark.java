package org.paperboy.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.paperboy.account.Accounts;
import org.paperboy.config.Config;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.library.Library;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.TestCore;

/**
 * Issue 21's two figures (BENCHMARKS.md), run by hand from the test class path on a SQLite file:
 *
 * <ol>
 *   <li>an author page for a name with AUTHOR papers in a database of PAPERS papers ({@link
 *       People#author}: the count, years, co-authors and categories over the name's papers, the
 *       "also written as" candidates and one page of 25 papers; rendering is not included);
 *   <li>the people sections of a digest run for SUBSCRIBERS readers who follow 20 authors each,
 *       over a day of NEW new papers: {@link People#news} (read once per run) and {@link
 *       DigestNews#sections} for every reader, i.e. what the sections add to a run.
 * </ol>
 *
 * <p>Papers have 4 authors drawn from 200,000 synthetic names (about 20 papers a name), dates
 * spread over 2010–2026. A fresh folder is filled first (with {@link PaperStore#upsert}, which
 * writes the author index as imports do).
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.people.PeopleBenchmark DIR [PAPERS [AUTHOR [SUBSCRIBERS [NEW]]]]}
 */
public final class PeopleBenchmark {
  static final String NAME = "Anne Ouyang";
  static final int NAMES = 200_000;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int papers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int author = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int subscribers = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    int fresh = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
    Files.createDirectories(dir);
    Instant until = Instant.parse("2026-11-30T06:00:00Z");
    Clock clock = Clock.fixed(until.minus(Duration.ofHours(12)), ZoneOffset.UTC);
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("paperboy.db"))) {
      PaperStore store = new PaperStore(db, clock);
      Core core =
          TestCore.of(
              dir, db, store, Mailer.create(Config.Mail.outbox(), dir, "http://x", clock), clock);
      Accounts accounts = new Accounts(core, List.of());
      People people = new People(core, accounts, new Library(core, accounts, null, t -> List.of()));
      if (store.count() == 0) {
        fill(db, store, papers, author, subscribers, fresh, until);
      }
      System.out.printf(
          "%d cores; papers %,d; %s; %s%n",
          Runtime.getRuntime().availableProcessors(), store.count(), Instant.now(), load());
      for (int round = 0; round < 3; round++) {
        double[] ms = new double[50];
        int count = 0;
        for (int i = 0; i < ms.length; i++) {
          long t = System.nanoTime();
          AuthorPage a = people.author(i % 2 == 0 ? NAME : "anne  OUYANG", 1 + i % 3);
          ms[i] = (System.nanoTime() - t) / 1e6;
          count = a.paperCount();
        }
        Arrays.sort(ms);
        System.out.printf(
            "author page round %d (%d papers): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
            round + 1, count, ms[ms.length / 2], ms[ms.length * 9 / 10], ms[ms.length - 1]);
      }
      List<String> emails =
          db.read(c -> Sql.list(c, "SELECT email FROM users ORDER BY email", r -> r.getString(1)));
      for (int round = 0; round < 3; round++) {
        long t = System.nanoTime();
        PaperStore.Added window =
            store.addedBetween(until.minus(Duration.ofDays(1)), until, 10_000);
        long loaded = System.nanoTime();
        DigestNews news = people.news(window.papers(), until.minus(Duration.ofDays(1)), until);
        long read = System.nanoTime();
        int sections = 0;
        int entries = 0;
        for (String e : emails) {
          for (News n : news.sections(e, Set.of())) {
            sections++;
            entries += n.entries().size();
          }
        }
        long done = System.nanoTime();
        System.out.printf(
            "digest round %d: %,d readers, %,d new papers: people sections %.2f s (reading"
                + " follows %.2f s, matching %.2f s; window load, shared with the run, %.2f s);"
                + " %,d sections, %,d papers; %s%n",
            round + 1,
            emails.size(),
            window.papers().size(),
            (done - loaded) / 1e9,
            (read - loaded) / 1e9,
            (done - read) / 1e9,
            (loaded - t) / 1e9,
            sections,
            entries,
            load());
      }
    }
  }

  private static String load() {
    try {
      return "load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "load ?";
    }
  }

  private static void fill(
      Database db,
      PaperStore store,
      int papers,
      int author,
      int subscribers,
      int fresh,
      Instant until) {
    SplittableRandom r = new SplittableRandom(21);
    long start = System.nanoTime();
    int every = Math.max(1, (papers - fresh) / author);
    List<Paper> batch = new ArrayList<>();
    for (int i = 0; i < papers; i++) {
      boolean isNew = i >= papers - fresh;
      LocalDate day =
          isNew ? LocalDate.of(2026, 11, 29) : LocalDate.of(2010, 1, 1).plusDays(r.nextInt(6_150));
      List<String> authors = new ArrayList<>();
      if (!isNew && i % every == 0 && i / every < author) {
        authors.add(NAME);
      }
      while (authors.size() < 4) {
        authors.add(name(r.nextInt(NAMES)));
      }
      Instant added =
          isNew ? until.minus(Duration.ofHours(6)) : Instant.parse("2026-01-01T00:00:00Z");
      batch.add(
          new Paper(
              String.format("%04d.%05d", 1000 + i / 99_999, i % 99_999),
              1,
              "Synthetic paper " + i,
              "A short abstract of paper " + i + ".",
              authors,
              List.of("cs.LG", "cs.CL"),
              day,
              null,
              null,
              null,
              null,
              null,
              Paper.Links.NONE,
              "bench",
              added));
      if (batch.size() == 10_000) {
        store.upsert(batch);
        batch.clear();
        if (i % 100_000 < 10_000) {
          System.out.printf("%,d papers, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
        }
      }
    }
    store.upsert(batch);
    db.inTransaction(
        c -> {
          SplittableRandom f = new SplittableRandom(7);
          for (int s = 0; s < subscribers; s++) {
            String id = "bench-" + s;
            Sql.update(
                c,
                "INSERT INTO users (id, email, created_at) VALUES (?, ?, 'x')",
                id,
                "reader" + s + "@bench.test");
            java.util.Set<Integer> chosen = new java.util.HashSet<>();
            while (chosen.size() < 20) {
              chosen.add(f.nextInt(NAMES));
            }
            for (int n : chosen) {
              String name = name(n);
              Sql.update(
                  c,
                  "INSERT INTO follows (user_id, name_key, name, created_at) VALUES (?, ?, ?, 'x')",
                  id,
                  org.paperboy.paper.AuthorNames.key(name),
                  name);
            }
          }
          return null;
        });
    System.out.printf("filled in %.0f s%n", (System.nanoTime() - start) / 1e9);
  }

  static String name(int n) {
    return "Author" + Integer.toString(n, 36) + " Surname" + (n % 997);
  }
}
