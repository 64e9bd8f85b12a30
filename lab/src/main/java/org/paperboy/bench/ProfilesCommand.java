package org.paperboy.bench;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.cli.ProfilesRun;
import org.paperboy.config.Config;
import org.paperboy.recommend.ProfileMethod;
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
    ProfilesRun run = new ProfilesRun(profiles, readers, minReaders, limit, format, method);
    run.check();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Paperboy app = Paperboy.open(Config.of(data, db))) {
      return run.rank(app.recommendations(), Candidates::named, out, err);
    }
  }
}
