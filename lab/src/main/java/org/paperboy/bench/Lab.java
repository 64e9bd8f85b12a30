package org.paperboy.bench;

import java.io.PrintWriter;
import org.paperboy.config.Config;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The lab's launcher ({@code lab/run COMMAND}): the benchmark and evaluation programs that were
 * {@code paperboy bench COMMAND}, run beside the product and never shipped in it. Exit codes as the
 * product's: 0 done, 1 failed, 2 bad usage.
 */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = "Benchmarks, run by hand; figures go to BENCHMARKS.md.",
    subcommands = {
      GenerateCommand.class,
      EmbedBenchCommand.class,
      EvalCommand.class,
      SearchBenchCommand.class,
      WebBenchCommand.class,
      SignalsBenchCommand.class,
      TrecScoreCommand.class,
      ProfilesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Lab implements Runnable {
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a lab program with its output and errors going to the writers given. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Lab());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof Config.ConfigException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("lab: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
          }
          commandLine.getErr().println("lab: " + e);
          LoggerFactory.getLogger(Lab.class).debug("failure", e);
          return CommandLine.ExitCode.SOFTWARE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
