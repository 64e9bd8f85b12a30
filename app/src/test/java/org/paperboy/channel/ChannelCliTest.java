package org.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.lab.Lab;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestApp;

/**
 * The command line as cron runs it, in JVMs of their own: {@code channel send --date D} twice posts
 * once per channel, and a sender killed in the middle of posting is finished by the next run
 * without posting anything twice.
 */
class ChannelCliTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static Config config(Path dir) {
    return new Config(dir, Databases.sqlite(dir), new Config.Embeddings(null, null, null, 2));
  }

  /** A lab with papers first seen a minute ago and channels on the receiver. */
  Map<String, String> setUp(Receiver receiver, Map<Kind, String> channels) {
    Map<String, String> secrets = new java.util.HashMap<>();
    try (Paperboy app =
        Paperboy.open(
            config(dir),
            new MutableClock(
                Instant.now()
                    .minus(
                        Duration.ofMinutes(
                            1))) /* the CLI in a JVM of its own runs on the system clock */)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
      app.channels().allowPrivateAddresses(true);
      Lab lab = app.labs().createFor("Serving Lab", "", "owner@lab.test");
      channels.forEach(
          (kind, path) -> {
            Channels.Added a =
                app.channels().add(lab, kind, receiver.url(path), ChannelContract.daily());
            if (a.secret() != null) {
              secrets.put(path, a.secret());
            }
          });
    }
    return secrets;
  }

  Process cli(String log, String... args) throws Exception {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = dir.toString();
    ProcessBuilder b = TestApp.cli(new File(dir.toFile(), log), all);
    b.environment().put("PAPERBOY_WEBHOOK_ALLOW_PRIVATE", "true");
    return b.start();
  }

  int run(String log, String... args) throws Exception {
    Process p = cli(log, args);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void twoRunsForADayPostOnceToEachChannelAndAWebhooksSignatureVerifies() throws Exception {
    try (Receiver receiver = new Receiver()) {
      Map<String, String> secrets =
          setUp(
              receiver,
              new java.util.TreeMap<>(
                  Map.of(
                      Kind.SLACK,
                      "/services/T/B/s",
                      Kind.DISCORD,
                      "/api/webhooks/1/d",
                      Kind.WEBHOOK,
                      "/hook")));
      receiver.then(
          Receiver.Reply.of(
              429, "{\"ok\": false, \"error\": \"rate_limited\", \"retry_after\": 1}"));
      String date = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

      assertThat(run("dry.log", "channel", "send", "--date", date, "--dry-run")).isZero();
      String dry = Files.readString(dir.resolve("dry.log"));
      assertThat(dry)
          .contains("\"blocks\"")
          .contains("\"embeds\"")
          .contains("3 posts would be sent");
      assertThat(receiver.requests()).isEmpty();

      assertThat(run("first.log", "channel", "send", "--date", date)).isZero();
      assertThat(Files.readString(dir.resolve("first.log"))).contains("3 sent");
      assertThat(run("second.log", "channel", "send", "--date", date)).isZero();
      assertThat(Files.readString(dir.resolve("second.log"))).contains("0 queued, 0 sent");

      assertThat(receiver.posted("/services/T/B/s")).hasSize(1);
      assertThat(receiver.posted("/api/webhooks/1/d")).hasSize(1);
      JsonNode slack = JSON.readTree(receiver.posted("/services/T/B/s").getFirst().body());
      assertThat(slack.path("blocks").size()).isLessThanOrEqualTo(50);
      assertThat(slack.toString()).contains("/papers/r01");
      JsonNode discord = JSON.readTree(receiver.posted("/api/webhooks/1/d").getFirst().body());
      assertThat(discord.path("embeds").size()).isBetween(1, 10);
      Receiver.Request hook = receiver.posted("/hook").getFirst();
      String stamp = hook.header("X-Paperboy-Timestamp");
      assertThat(hook.header("X-Paperboy-Signature"))
          .isEqualTo("sha256=" + Sender.sign(secrets.get("/hook"), stamp, hook.body()));
      // the 429 goes to whichever channel posts first, the webhook too at times: one post each
      assertThat(receiver.posted("/hook")).hasSize(1);
      assertThat(receiver.requests()).hasSize(4); // three posts and the one 429

      assertThat(run("list.log", "channel", "list")).isZero();
      assertThat(Files.readString(dir.resolve("list.log")))
          .contains("slack")
          .contains("127.0.0.1")
          .doesNotContain("/services/T/B/s");
    }
  }

  @Test
  void aBadAddressIsRefusedWithExitTwoAndNothingStored() throws Exception {
    try (Paperboy app = Paperboy.open(config(dir))) {
      app.labs().createFor("Lab", "", "owner@lab.test");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        inProcess(
            out,
            err,
            "channel",
            "add",
            "--lab",
            "Lab",
            "--kind",
            "slack",
            "--url",
            "https://192.168.0.10/services/T/B/X");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("inside the network");
    assertThat(
            inProcess(
                out,
                err,
                "channel",
                "add",
                "--lab",
                "Lab",
                "--kind",
                "discord",
                "--url",
                "https://93.184.216.34/services/T/B/X"))
        .isEqualTo(2);
    assertThat(
            inProcess(
                out,
                err,
                "channel",
                "add",
                "--lab",
                "Lab",
                "--kind",
                "irc",
                "--url",
                "https://93.184.216.34/x"))
        .isEqualTo(2);
    assertThat(
            inProcess(
                out,
                err,
                "channel",
                "add",
                "--lab",
                "Nope",
                "--kind",
                "slack",
                "--url",
                "https://93.184.216.34/services/T/B/X"))
        .isEqualTo(2);
    try (Database db = Database.open(Databases.sqlite(dir))) {
      long stored = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM channels"));
      assertThat(stored).isZero();
    }
    assertThat(inProcess(out, err, "lab", "add", "Lab", "ann@lab.test", "ben@lab.test")).isZero();
    assertThat(inProcess(out, err, "lab", "list")).isZero();
    assertThat(out.toString())
        .contains("Lab  /labs/lab  3 people")
        .contains("owner  owner@lab.test")
        .contains("member ben@lab.test");
  }

  @Test
  void aSenderKilledWhilePostingIsFinishedByTheNextRunAndNothingIsPostedTwice() throws Exception {
    try (Receiver receiver = new Receiver()) {
      setUp(
          receiver,
          Map.of(
              Kind.SLACK,
              "/services/T/B/1",
              Kind.DISCORD,
              "/api/webhooks/2/x",
              Kind.MATTERMOST,
              "/hooks/three",
              Kind.TEAMS,
              "/workflows/four"));
      // one channel is answered, the three others hang as a receiver that never answers does
      receiver.then(
          Receiver.Reply.of(200, "ok"),
          Receiver.Reply.hanging(),
          Receiver.Reply.hanging(),
          Receiver.Reply.hanging());
      String date = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
      Process sender = cli("send.log", "channel", "send", "--date", date);
      try {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until && (receiver.requests().size() < 4 || sent() < 1)) {
          Thread.sleep(50);
        }
        assertThat(receiver.requests()).hasSize(4);
      } finally {
        sender.destroyForcibly(); // SIGKILL while three posts wait for their answer
        sender.waitFor(10, TimeUnit.SECONDS);
      }
      assertThat(receiver.requests().stream().filter(Receiver.Request::posted)).hasSize(1);

      try (Paperboy app = Paperboy.open(config(dir))) {
        app.channels().allowPrivateAddresses(true);
        Channels.Report rerun = app.channels().send(LocalDate.parse(date));
        assertThat(rerun.sent()).isEqualTo(3);
        assertThat(app.channels().status(LocalDate.parse(date))).containsEntry("sent", 4L);
      }
      for (String path :
          java.util.List.of(
              "/services/T/B/1", "/api/webhooks/2/x", "/hooks/three", "/workflows/four")) {
        assertThat(receiver.posted(path)).as(path).hasSize(1);
      }
    }
  }

  /** The command line in this JVM, with {@code --data} at the end (after the subcommand). */
  int inProcess(StringWriter out, StringWriter err, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--data=" + dir;
    return org.paperboy.cli.Main.run(
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), all);
  }

  private long sent() {
    try (Database db = Database.open(Databases.sqlite(dir))) {
      return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM channel_posts WHERE status = 'sent'"));
    } catch (RuntimeException e) {
      return 0; // the sender holds the database for a moment
    }
  }
}
