package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.TestApp;

/** {@code paperboy signals fetch} as a user runs it, in a JVM of its own, against local sources. */
class SignalsCliTest {
  @TempDir Path dir;

  record Run(int exit, String output) {}

  Run fetch(FakeSources world, String... args) throws Exception {
    File log = dir.resolve("cli.log").toFile();
    String[] all = new String[args.length + 3];
    all[0] = "signals";
    all[1] = "fetch";
    all[2] = "--data=" + dir.resolve("data");
    System.arraycopy(args, 0, all, 3, args.length);
    ProcessBuilder pb = TestApp.cli(log, all);
    Map<String, String> env = pb.environment();
    env.put("PAPERBOY_SIGNALS", "none");
    env.put("PAPERBOY_HF_URL", world.url());
    env.put("PAPERBOY_GITHUB_URL", world.url());
    env.put("PAPERBOY_S2_URL", world.url());
    env.put("PAPERBOY_ARXIV_API_URL", world.url() + "/api/query");
    env.put("PAPERBOY_SIGNALS_PACE_MS", "0");
    env.put("PAPERBOY_SIGNALS_ADD_MISSING", "false");
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(log.toPath()));
  }

  @Test
  void fetchRunsOneRoundPrintsASummaryAndExitsThreeWhenAnswersWereMalformed() throws Exception {
    // the CLI runs in a JVM of its own on the system clock: it asks about the real today
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (FakeSources world =
        new FakeSources(
            r ->
                FakeSources.Reply.json(
                    r.query().equals("date=" + today)
                        ? "[" + FakeSources.item("2611.00001", 7, 1, null, null) + "]"
                        : "[]"))) {
      Run off = fetch(world);
      assertThat(off.exit()).isZero();
      assertThat(off.output()).contains("signals: no round: no source is on");
      assertThat(world.requests).isEmpty();

      Run ok = fetch(world, "--source", "hf");
      assertThat(ok.exit()).as(ok.output()).isZero();
      assertThat(ok.output()).contains("signals: hf: 30 calls, 2 values for 1 papers");

      world.answer(r -> FakeSources.Reply.json("[{\"paper\":"));
      Run bad = fetch(world, "--source", "hf");
      assertThat(bad.exit()).as(bad.output()).isEqualTo(3);
      assertThat(bad.output()).contains("30 malformed answers skipped");

      Run unknown = fetch(world, "--source", "gitlab");
      assertThat(unknown.exit()).isEqualTo(2);
      assertThat(unknown.output())
          .contains("unknown source 'gitlab' (use hf, github, s2 or openalex)");
    }
  }
}
