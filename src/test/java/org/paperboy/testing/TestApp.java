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

  public static Paperboy open(Path dataDir, String dbUrl) {
    return new Paperboy(new Config(dataDir, dbUrl, new Config.Embeddings(null, null, null, 2)));
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
}
