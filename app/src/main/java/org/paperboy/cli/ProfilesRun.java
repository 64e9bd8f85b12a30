package org.paperboy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.paperboy.recommend.ProfileMethod;
import org.paperboy.recommend.Recommendations;

/**
 * One ranking of a profiles file, as {@code recommend --profiles} runs it and the lab's {@code
 * profiles} program with the unshipped methods: the same checks, files, output and exit code.
 *
 * @param profiles the profiles file, {@code -} for standard input
 * @param readers the instance's other readers, or null
 * @param minReaders with {@code readers}: the least readers of a pair, or null for the setting
 * @param format {@code trec} or {@code json}
 */
public record ProfilesRun(
    String profiles, String readers, Integer minReaders, int limit, String format, String method) {

  /** Refuses options that do not go together, with the message the command prints (exit 2). */
  public void check() {
    if (!List.of("trec", "json").contains(format)) {
      throw new IllegalArgumentException("unknown format '" + format + "' (use trec or json)");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    if (minReaders != null && (readers == null || minReaders < 1)) {
      throw new IllegalArgumentException("--min-readers goes with --readers and is at least 1");
    }
  }

  /** Ranks every stored paper for each profile with the method {@code methods} names; the exit. */
  public int rank(
      Recommendations recommendations,
      Function<String, ProfileMethod> methods,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    if (minReaders != null) {
      recommendations.coSaveMinReaders(minReaders);
    }
    long start = System.nanoTime();
    int bad;
    try (BufferedReader in =
            profiles.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(profiles));
        BufferedReader others =
            readers == null ? null : Files.newBufferedReader(Path.of(readers))) {
      bad =
          recommendations.rankProfiles(
              in, others, out, err, limit, format.equals("json"), methods.apply(method));
    }
    err.printf("ranked in %.1f s%n", (System.nanoTime() - start) / 1e9);
    return bad == 0 ? 0 : Main.EXIT_REJECTED;
  }
}
