package org.paperboy.testing;

import java.nio.file.Path;
import java.util.List;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;

/** A whole Paperboy on a temporary data folder, with papers loaded. */
public final class TestApp {
  private TestApp() {}

  /** On a clock that starts at {@link MutableClock#START}, not at the day the test runs. */
  public static Paperboy open(Path dataDir, String dbUrl) {
    return Paperboy.open(
        new Config(dataDir, dbUrl, new Config.Embeddings(null, null, null, 2)),
        MutableClock.ticking());
  }

  /** Imports the fixture, indexes it and, when asked, embeds it. */
  public static void load(Paperboy app, String fixture, boolean embed) {
    app.importer()
        .importFiles(
            List.of(Fixtures.path(fixture).toString()), Format.AUTO, ImportListener.SILENT);
    app.search().catchUp();
    if (embed) {
      app.search().embed(Long.MAX_VALUE, (done, total, rate) -> {});
    }
  }

  /** The CLI in a JVM of its own (to be killed mid-job), its output written to {@code log}. */
  public static ProcessBuilder cli(java.io.File log, String... args) {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        java.util.List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "--enable-native-access=ALL-UNNAMED",
            "org.paperboy.cli.Main"));
    command.addAll(java.util.List.of(args));
    return new ProcessBuilder(command).redirectOutput(log).redirectErrorStream(true);
  }

  /**
   * Runs the command line in this JVM as a user would, with {@code --data} after the command name
   * pointing at {@code dataDir}; output and errors go to the writers. Returns the exit code.
   */
  public static int run(
      java.nio.file.Path dataDir, java.io.Writer out, java.io.Writer err, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--data=" + dataDir;
    System.arraycopy(args, 1, all, 2, args.length - 1);
    return org.paperboy.cli.Main.run(
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), all);
  }
}
