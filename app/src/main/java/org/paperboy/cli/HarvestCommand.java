package org.paperboy.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.ingest.HarvestRequest;
import org.paperboy.ingest.Harvester;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "harvest",
    mixinStandardHelpOptions = true,
    description = {
      "Harvest arXiv (or any OAI-PMH repository) incrementally.",
      "Follows resumption tokens, waits between requests, honours 503 Retry-After, retries",
      "transient failures. Stopped at any point, it continues where it stopped when run again;",
      "without --from it continues from the last complete harvest.",
      "--source biorxiv or medrxiv harvests those servers' preprints between --from and --until;",
      "--source openreview --venue ID marks stored papers with a venue's decisions."
    })
final class HarvestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "OAI-PMH base URL (default: ${DEFAULT-VALUE}).",
      defaultValue = HarvestRequest.ARXIV_ENDPOINT)
  String endpoint;

  @Option(
      names = "--metadata-prefix",
      paramLabel = "PREFIX",
      defaultValue = "arXiv",
      description = "arXiv, arXivRaw or oai_dc (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(
      names = "--set",
      paramLabel = "SPEC",
      description = "Harvest one set only, e.g. cs or physics:quant-ph.")
  String set;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Harvest records changed since this day.")
  LocalDate from;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "Harvest records changed up to this day.")
  LocalDate until;

  @Option(
      names = "--delay-ms",
      paramLabel = "MS",
      defaultValue = "3000",
      description = "Pause between requests (default: ${DEFAULT-VALUE}; arXiv asks for 3 s).")
  long delayMs;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      defaultValue = "arxiv",
      description = "arxiv, biorxiv, medrxiv or openreview (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(
      names = "--venue",
      paramLabel = "ID",
      description = "With --source openreview: the venue id, e.g. ICLR.cc/2025/Conference.")
  String venue;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The API of --source: PAPERBOY_BIORXIV_URL (https://api.biorxiv.org) or"
              + " PAPERBOY_OPENREVIEW_URL (https://api2.openreview.net) by default.")
  String url;

  @Override
  public Integer call() throws IOException {
    if (!source.equals("arxiv")) {
      return SourceHarvests.run(this, spec);
    }
    HarvestRequest request =
        new HarvestRequest(endpoint, prefix, set, from, until, Duration.ofMillis(delayMs));
    try (Paperboy app = common.open()) {
      return harvest(app.harvester(), app.search(), request);
    }
  }

  /** Harvests into the database, then brings the index up to date. */
  private int harvest(Harvester harvester, Search search, HarvestRequest request)
      throws IOException {
    long start = System.nanoTime();
    ImportSummary summary =
        harvester.harvest(request, Reporting.listener(spec.commandLine().getErr()));
    return Reporting.finish(
        search, spec.commandLine().getOut(), "harvest", summary, System.nanoTime() - start);
  }
}
