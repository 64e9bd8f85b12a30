package org.paperboy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import org.paperboy.Paperboy;
import org.paperboy.core.Core;
import org.paperboy.ingest.OpenReviewHarvester;
import org.paperboy.search.Search;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperboy harvest --source openreview --venue ID}. */
final class OpenReviewHarvest {
  private OpenReviewHarvest() {}

  static int run(HarvestCommand h, CommandSpec spec) throws IOException {
    if (h.venue == null || h.venue.isBlank()) {
      throw new IllegalArgumentException(
          "--source openreview needs --venue, e.g. --venue ICLR.cc/2025/Conference");
    }
    String url =
        SourceHarvests.url(h.url, "PAPERBOY_OPENREVIEW_URL", OpenReviewHarvester.DEFAULT_URL);
    try (Paperboy app = h.common.open()) {
      return harvest(app.core(), app.search(), h, spec, url);
    }
  }

  /** Harvests the venue's notes into the papers the core stores, then brings the index up. */
  private static int harvest(
      Core core, Search search, HarvestCommand h, CommandSpec spec, String url) throws IOException {
    long start = System.nanoTime();
    OpenReviewHarvester.Result r =
        new OpenReviewHarvester(core.database(), core.papers())
            .harvest(
                url,
                h.venue.strip(),
                Duration.ofMillis(h.delayMs),
                Reporting.listener(spec.commandLine().getErr()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: %,d notes matched stored papers, %,d became openreview papers%n",
        h.venue.strip(), r.matched(), r.created());
    return Reporting.finish(search, out, "harvest", r.summary(), System.nanoTime() - start);
  }
}
