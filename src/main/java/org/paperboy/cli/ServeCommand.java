package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
      "Run Paperboy: keep the search index in step with the database and embed new papers in the",
      "background, until stopped. With --demo, an empty data folder first gets the bundled demo papers.",
      "(The web server arrives with the web issue.)"
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--demo", description = "Load the demo papers into an empty data folder first.")
  boolean demo;

  @Option(
      names = "--once",
      description = "Prepare the data and the index, then exit instead of running.")
  boolean once;

  @Override
  public Integer call() throws InterruptedException {
    Paperboy app = common.open();
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (demo) {
        if (app.papers().count() == 0) {
          ImportSummary loaded =
              DemoData.load(app, Reporting.listener(spec.commandLine().getErr()));
          out.printf("Loaded the demo papers: %s%n", loaded);
          app.search().catchUp();
        } else {
          out.println("The data folder already holds papers; the demo data was not loaded again.");
        }
      }
      out.printf(
          "%,d papers in %s (%s)%n",
          app.papers().count(),
          app.config().dataDir().toAbsolutePath().normalize(),
          app.config().dbUrl());
      if (once) {
        out.flush();
        return 0;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    app.close();
                    stopped.countDown();
                  }));
      app.search().startBackground();
      out.printf(
          "Running: the index follows the database and %,d papers wait for embedding. Ctrl-C stops.%n",
          app.search().stats().waitingForEmbedding());
      out.println(
          "The web server is not built yet; use the CLI (./paperboy search ...) beside this process.");
      out.flush();
      stopped.await();
      return 0;
    } finally {
      if (once) {
        app.close();
      }
    }
  }
}
