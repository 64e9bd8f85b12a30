package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.SignalSettings;
import org.paperboy.signals.OutsideSignals;
import org.paperboy.signals.RoundSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = "Trending's outside signals: Hugging Face, GitHub, Semantic Scholar.",
    subcommands = {SignalsCommand.Fetch.class})
final class SignalsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "fetch",
      mixinStandardHelpOptions = true,
      description = {
        "Run one fetch round now (the server runs one every hour) and print what it did.",
        "Exit 0 when done, 3 when some answers were malformed and skipped."
      })
  static final class Fetch implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--source",
        paramLabel = "SOURCE",
        description = "hf, github, s2 or openalex; repeat for several (default: PAPERBOY_SIGNALS).")
    List<String> sources = List.of();

    @Override
    public Integer call() {
      Set<String> chosen = new LinkedHashSet<>();
      for (String s : sources) {
        chosen.addAll(SignalSettings.parse(s));
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Paperboy app = common.open()) {
        chosen.forEach(app.signals()::checkSource);
        return fetch(app.config().signals(), app.signals(), chosen, out);
      }
    }

    private int fetch(
        SignalSettings settings, OutsideSignals signals, Set<String> chosen, PrintWriter out) {
      out.println(
          "Fetching signals from " + (chosen.isEmpty() ? settings.sources() : chosen) + " ...");
      out.flush();
      RoundSummary summary = signals.fetch(chosen, false);
      out.println("signals: " + summary);
      out.flush();
      return summary.clean() ? 0 : Main.EXIT_REJECTED;
    }
  }
}
