package org.paperboy.cli;

import picocli.CommandLine.Command;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks, run by hand; figures go to BENCHMARKS.md.",
    subcommands = {
      org.paperboy.bench.GenerateCommand.class,
      org.paperboy.bench.EmbedBenchCommand.class,
      org.paperboy.bench.EvalCommand.class,
      org.paperboy.bench.SearchBenchCommand.class,
      org.paperboy.bench.WebBenchCommand.class,
      org.paperboy.bench.SignalsBenchCommand.class,
      org.paperboy.bench.TrecScoreCommand.class
    })
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
