package org.paperboy.cli;

import java.io.IOException;
import java.time.Duration;
import org.paperboy.Paperboy;
import org.paperboy.core.Core;
import org.paperboy.ingest.BiorxivHarvester;
import org.paperboy.ingest.BiorxivRequest;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.search.Search;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperboy harvest --source biorxiv|medrxiv|openreview}: the harvests beyond arXiv. */
final class SourceHarvests {
  static final String SOURCES = "arxiv, biorxiv, medrxiv or openreview";

  private SourceHarvests() {}

  static int run(HarvestCommand h, CommandSpec spec) throws IOException {
    switch (h.source) {
      case "biorxiv", "medrxiv" -> {
        BiorxivRequest request =
            new BiorxivRequest(
                url(h.url, "PAPERBOY_BIORXIV_URL", BiorxivRequest.DEFAULT_URL),
                h.source,
                h.from,
                h.until,
                Duration.ofMillis(h.delayMs));
        try (Paperboy app = h.common.open()) {
          return biorxiv(app.core(), app.search(), request, spec);
        }
      }
      case "openreview" -> {
        return OpenReviewHarvest.run(h, spec);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown --source '" + h.source + "' (use " + SOURCES + ")");
    }
  }

  /** Harvests the preprint server into the papers the core stores, then brings the index up. */
  private static int biorxiv(Core core, Search search, BiorxivRequest request, CommandSpec spec)
      throws IOException {
    long start = System.nanoTime();
    ImportSummary summary =
        new BiorxivHarvester(core.database(), core.papers())
            .harvest(request, Reporting.listener(spec.commandLine().getErr()));
    return Reporting.finish(
        search, spec.commandLine().getOut(), "harvest", summary, System.nanoTime() - start);
  }

  static String url(String option, String variable, String otherwise) {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    String env = System.getenv(variable);
    return env == null || env.isBlank() ? otherwise : env.strip();
  }
}
