package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the web server, keeping the search index in step with the database, embedding new papers",
      "and sending the digests that are due in the background, until stopped. With --demo, an empty",
      "data folder first gets the bundled demo papers, and no outside signals are fetched unless",
      "PAPERBOY_SIGNALS is set."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--demo", description = "Load the demo papers into an empty data folder first.")
  boolean demo;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default 8080; env PAPERBOY_PORT; 0 picks a free one).")
  Integer port;

  @Option(
      names = "--once",
      description = "Prepare the data and the index, then exit instead of serving.")
  boolean once;

  @Override
  public Integer call() throws InterruptedException {
    Config config = common.config();
    if (port != null) {
      config =
          config.withWeb(new Config.Web(port, config.web().baseUrl(), config.web().trustProxy()));
    }
    if (demo && !config.signals().explicit()) {
      config = config.withSignals(config.signals().withSources(java.util.Set.of()));
    }
    org.paperboy.ingest.DailyHarvests harvests =
        org.paperboy.ingest.DailyHarvests.parse(
            System.getenv("PAPERBOY_HARVEST"), System.getenv("PAPERBOY_BIORXIV_URL"));
    Paperboy app = Paperboy.open(config);
    PrintWriter out = spec.commandLine().getOut();
    if (demo) {
      if (app.papers().count() == 0) {
        ImportSummary loaded =
            DemoData.load(app.importer(), Reporting.listener(spec.commandLine().getErr()));
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
      app.close();
      return 0;
    }
    WebServer web;
    try {
      web = app.webServer().start();
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  web.close();
                  app.close();
                  stopped.countDown();
                }));
    app.startBackgroundJobs();
    harvests.start(app.database(), app.papers(), app.harvester()); // PAPERBOY_HARVEST, daily
    out.printf(
        "Serving at %s (%,d papers wait for embedding, done in the background). Ctrl-C stops.%n",
        web.baseUrl(), app.search().stats().waitingForEmbedding());
    out.flush();
    stopped.await();
    return 0;
  }
}
