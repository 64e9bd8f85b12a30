package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "The search index, derived from the database.",
    subcommands = {IndexCommand.Rebuild.class, IndexCommand.Embed.class})
final class IndexCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "rebuild",
      mixinStandardHelpOptions = true,
      description = "Drop the index and build it again from the database.")
  static final class Rebuild implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return rebuild(app.search());
      }
    }

    private int rebuild(Search search) {
      long start = System.nanoTime();
      long n = search.rebuild();
      spec.commandLine()
          .getOut()
          .printf("indexed %,d papers in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  @Command(
      name = "embed",
      mixinStandardHelpOptions = true,
      description = {
        "Embed every paper still without a vector (the slow part of ingest), newest first.",
        "Stop it at any time; run it again and it continues."
      })
  static final class Embed implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--limit",
        defaultValue = "" + Long.MAX_VALUE,
        description = "Embed only the N newest papers still waiting.")
    long limit;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return embed(app.search(), limit, spec.commandLine().getErr(), spec.commandLine().getOut());
      }
    }
  }

  /** Runs the embedding job with a progress line on stderr. */
  static int embed(Search search, long limit, PrintWriter err, PrintWriter out) {
    long start = System.nanoTime();
    Search.EmbedProgress bar = new ProgressBar(err)::update;
    long done = search.embed(limit, bar);
    err.println();
    out.printf("embedded %,d papers in %.1f s%n", done, (System.nanoTime() - start) / 1e9);
    if (!search.ownsIndex()) {
      out.println("another process owns the index and will pick the vectors up");
    }
    out.flush();
    return 0;
  }
}
