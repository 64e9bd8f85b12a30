package org.paperboy.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.cli.Main;
import org.paperboy.config.Config;
import org.paperboy.recommend.ProfileMethod;
import org.paperboy.recommend.Recommendations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lab/run profiles}: {@code paperboy recommend --profiles}, with the candidates that are not
 * shipped among the methods. The same input, output (a TREC run or JSON lines) and exit codes.
 */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = {
      "Rank every stored paper for each profile of a file as `paperboy recommend --profiles`",
      "does (one JSON object a line, {\"_id\",\"liked\":[...],\"disliked\":[...]}), by any",
      "method: the shipped ones or a candidate that is not shipped."
    })
public final class ProfilesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--profiles",
      required = true,
      paramLabel = "FILE",
      description = "Profiles (JSON lines; - reads stdin).")
  String profiles;

  @Option(
      names = "--method",
      defaultValue = "blend",
      description = "The scoring to use: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = Names.class)
  String method;

  @Option(
      names = "--readers",
      paramLabel = "FILE",
      description = "Other readers (JSON lines, {\"_id\",\"liked\":[...]}), co-saves blended in.")
  String readers;

  @Option(
      names = "--min-readers",
      paramLabel = "N",
      description = "With --readers: the least readers of a pair (default: as the product's).")
  Integer minReaders;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "Papers per profile (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "trec",
      description = "trec or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default ./data).")
  String data;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default: in DIR).")
  String db;

  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Candidates.ALL.stream().map(ProfileMethod::name).iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    if (!List.of("trec", "json").contains(format)) {
      throw new IllegalArgumentException("unknown format '" + format + "' (use trec or json)");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    if (minReaders != null && (readers == null || minReaders < 1)) {
      throw new IllegalArgumentException("--min-readers goes with --readers and is at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Paperboy app = Paperboy.open(Config.of(data, db))) {
      Recommendations recommendations = app.recommendations();
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
                in, others, out, err, limit, format.equals("json"), Candidates.named(method));
      }
      err.printf("ranked in %.1f s%n", (System.nanoTime() - start) / 1e9);
      return bad == 0 ? 0 : Main.EXIT_REJECTED;
    }
  }
}
