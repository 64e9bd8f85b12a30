package org.paperboy.cli;

import java.io.IOException;
import java.time.Duration;
import org.paperboy.Paperboy;
import org.paperboy.ingest.BiorxivRequest;
import org.paperboy.ingest.ImportSummary;
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
          long start = System.nanoTime();
          ImportSummary summary =
              new org.paperboy.ingest.BiorxivHarvester(app.database(), app.papers())
                  .harvest(request, Reporting.listener(spec.commandLine().getErr()));
          return Reporting.finish(
              app, spec.commandLine().getOut(), "harvest", summary, System.nanoTime() - start);
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

  static String url(String option, String variable, String otherwise) {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    String env = System.getenv(variable);
    return env == null || env.isBlank() ? otherwise : env.strip();
  }
}
