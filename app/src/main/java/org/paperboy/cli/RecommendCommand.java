package org.paperboy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.recommend.Recommendations;
import org.paperboy.trending.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = {
      "Recommendations: a person's list (--user), or every stored paper ranked for each profile of",
      "a file (--profiles: one JSON object a line, {\"_id\",\"liked\":[...],\"disliked\":[...]})."
    })
final class RecommendCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--profiles",
      paramLabel = "FILE",
      description = "Profiles (JSON lines; - reads stdin).")
  String profiles;

  @Option(
      names = "--readers",
      paramLabel = "FILE",
      description =
          "With --profiles: the instance's other readers (JSON lines, {\"_id\",\"liked\":[...]}),"
              + " whose co-saves are blended in as on the site.")
  String readers;

  @Option(
      names = "--min-readers",
      paramLabel = "N",
      description =
          "With --readers: a pair of papers counts when at least N readers saved both (default:"
              + " PAPERBOY_COSAVE_MIN_READERS, else 3; 1 for an evaluation without the rule).")
  Integer minReaders;

  @Option(names = "--user", paramLabel = "EMAIL", description = "The person whose list to print.")
  String user;

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

  @Option(
      names = "--window",
      defaultValue = "week",
      description = "For --user: day, week or month (default: ${DEFAULT-VALUE}).")
  String window;

  @Option(
      names = "--method",
      defaultValue = "blend",
      description =
          "For --profiles, the scoring to use: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = Methods.class)
  String method;

  static final class Methods implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Recommendations.METHODS.iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    if ((profiles == null) == (user == null)) {
      throw new IllegalArgumentException("give either --profiles FILE or --user EMAIL");
    }
    if (readers != null && profiles == null) {
      throw new IllegalArgumentException("--readers goes with --profiles");
    }
    ProfilesRun run = new ProfilesRun(profiles, readers, minReaders, limit, format, method);
    run.check();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Paperboy app = common.open()) {
      return recommend(app.recommendations(), run, out, err);
    }
  }

  private int recommend(
      Recommendations recommendations, ProfilesRun run, PrintWriter out, PrintWriter err)
      throws IOException {
    if (user != null) {
      String id =
          recommendations
              .userId(user)
              .orElseThrow(() -> new IllegalArgumentException("no account for " + user));
      for (Recommendations.Pick p : recommendations.forUser(id, Window.parse(window))) {
        out.printf(
            "%.3f  %s  %s%n      %s%n", p.score(), p.paper().id(), p.paper().title(), p.reason());
      }
      return 0;
    }
    return run.rank(recommendations, Recommendations::method, out, err);
  }
}
