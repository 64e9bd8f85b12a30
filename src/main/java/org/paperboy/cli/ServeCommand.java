package org.paperboy.cli;

import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.ingest.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run Paperboy. With --demo, an empty data folder first gets the bundled demo papers.",
      "(The web server arrives with the web issue; for now serve prepares the data and says where it is.)"
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--demo", description = "Load the demo papers into an empty data folder first.")
  boolean demo;

  @Override
  public Integer call() {
    try (Paperboy app = common.open()) {
      var out = spec.commandLine().getOut();
      if (demo) {
        if (app.papers().count() == 0) {
          ImportSummary loaded =
              DemoData.load(app, Reporting.listener(spec.commandLine().getErr()));
          out.printf("Loaded the demo papers: %s%n", loaded);
        } else {
          out.println("The data folder already holds papers; the demo data was not loaded again.");
        }
      }
      out.printf(
          "%,d papers in %s (%s)%n",
          app.papers().count(),
          app.config().dataDir().toAbsolutePath().normalize(),
          app.config().dbUrl());
      out.println("The web server is not built yet; see the README for the CLI in the meantime.");
      out.flush();
      return 0;
    }
  }
}
