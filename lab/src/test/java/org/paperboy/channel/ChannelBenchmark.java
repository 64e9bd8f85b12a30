package org.paperboy.channel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.lab.Lab;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;

/**
 * The channel benchmark (BENCHMARKS.md), run by hand from the test class path: a day of 1,000 new
 * papers, 100 labs with 3 topics and 10 channels each (all five kinds, 1,000 channels), and one
 * {@code send} for the day to a local receiver: every post composed, formatted, stored in the
 * outbox and posted.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.channel.ChannelBenchmark [DIR]}
 */
public final class ChannelBenchmark {
  static final int LABS = 100;
  static final int PAPERS = 1_000;
  static final String[] WORDS = {
    "attention",
    "kv cache",
    "quantization",
    "diffusion",
    "retrieval",
    "graph neural",
    "protein",
    "reinforcement",
    "speculative decoding",
    "mixture of experts",
    "sparse",
    "robotics",
    "vision",
    "speech",
    "compiler",
    "federated",
    "privacy",
    "causal",
    "theorem proving",
    "agents"
  };

  public static void main(String[] args) throws Exception {
    Path data = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("channel-bench");
    try (Receiver receiver = new Receiver();
        Paperboy app =
            Paperboy.open(new Config(data, null, new Config.Embeddings(null, null, null, 2)))) {
      List<Paper> papers = new ArrayList<>();
      for (int i = 0; i < PAPERS; i++) {
        String topic = WORDS[i % WORDS.length];
        papers.add(
            Fixtures.paper(
                "2402." + (20000 + i),
                "A study of " + topic + " number " + i + " with $\\mathcal{O}(n)$ cost",
                "We look at " + topic + " and " + WORDS[(i * 7) % WORDS.length] + " in depth.",
                "2024-02-0" + (1 + i % 7)));
      }
      app.papers().upsert(papers);
      app.search().catchUp();
      app.channels().allowPrivateAddresses(true);
      Kind[] kinds = Kind.values();
      String[] paths = {"/services/T/B/", "/api/webhooks/1/", "/hooks/h", "/workflows/w", "/hook/"};
      for (int l = 0; l < LABS; l++) {
        Lab lab = app.labs().createFor("Lab " + l, "", "owner" + l + "@bench.test");
        for (int t = 0; t < 3; t++) {
          app.labs().addTopic(lab, null, WORDS[(l + t * 5) % WORDS.length]);
        }
        for (int c = 0; c < Channels.MAX_PER_LAB; c++) {
          Kind k = kinds[c % kinds.length];
          app.channels()
              .add(
                  lab,
                  k,
                  receiver.url(paths[c % kinds.length] + l + "x" + c),
                  new Channel.Plan(
                      false,
                      DayOfWeek.MONDAY,
                      8,
                      ZoneId.of("UTC"),
                      EnumSet.allOf(Channel.Content.class),
                      10));
        }
      }
      LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(1);
      System.out.printf(
          "machine: %d cores, max heap %d MiB, %s; %d channels, %d new papers%n",
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          Instant.now(),
          app.channels().all().size(),
          PAPERS);
      long started = System.nanoTime();
      Channels.Report r = app.channels().send(day);
      double seconds = (System.nanoTime() - started) / 1e9;
      long posted = receiver.requests().stream().filter(Receiver.Request::posted).count();
      long bytes = receiver.requests().stream().mapToLong(x -> x.body().length()).sum();
      System.out.printf(
          "send for %s: %s in %.1f s (%d requests posted, %.1f MB of JSON)%n",
          day, r, seconds, posted, bytes / 1e6);
    }
  }
}
