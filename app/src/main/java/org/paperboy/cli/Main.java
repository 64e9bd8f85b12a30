package org.paperboy.cli;

import java.io.PrintWriter;
import org.paperboy.config.Config;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperboy} command line: every job is a command here, and the server is one too. */
@Command(
    name = "paperboy",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Delivers the research papers that matter, each morning.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      HarvestCommand.class,
      AddCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      SearchCommand.class,
      IndexCommand.class,
      DigestCommand.class,
      SignalsCommand.class,
      LibraryCommand.class,
      AccountCommand.class,
      LabCommand.class,
      ChannelCommand.class,
      RecommendCommand.class,
      McpCommand.class,
      PeopleCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code of a job that finished but refused some records. */
  public static final int EXIT_REJECTED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 bad usage, 3 rejected. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output and errors going to the writers given. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof Config.ConfigException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("paperboy: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
          }
          commandLine.getErr().println("paperboy: " + describe(e));
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", e);
          return CommandLine.ExitCode.SOFTWARE;
        });
    return cli.execute(args);
  }

  private static String describe(Throwable e) {
    StringBuilder s =
        new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !s.toString().contains(cause.getMessage())) {
      s.append(" (").append(cause.getMessage()).append(')');
    }
    return s.toString();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"paperboy " + (v == null ? "dev" : v)};
    }
  }
}
