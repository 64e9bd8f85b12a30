package org.paperboy.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The harvests {@code serve} runs each day, as {@code PAPERBOY_HARVEST} lists them: {@code arxiv}
 * (everything) or {@code arxiv:SET} ({@code arxiv:cs}, {@code arxiv:physics:quant-ph}), {@code
 * biorxiv}, {@code medrxiv}, separated by commas. Each continues from its last complete harvest.
 */
public final class DailyHarvests implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DailyHarvests.class);

  /** One harvest of the list. */
  sealed interface Entry {
    record Arxiv(String set) implements Entry {}

    record Preprints(String server) implements Entry {}
  }

  private final List<Entry> entries;
  private final String biorxivUrl;
  private ScheduledExecutorService timer;

  private DailyHarvests(List<Entry> entries, String biorxivUrl) {
    this.entries = entries;
    this.biorxivUrl = biorxivUrl;
  }

  /**
   * Reads the list ({@code null} or blank: none); an entry it does not know is refused with the
   * accepted forms.
   */
  public static DailyHarvests parse(String list, String biorxivUrl) {
    List<Entry> entries = new ArrayList<>();
    if (list != null) {
      for (String raw : list.split(",")) {
        String e = raw.strip();
        if (e.isEmpty()) {
          continue;
        }
        if (e.equals("arxiv")) {
          entries.add(new Entry.Arxiv(null));
        } else if (e.startsWith("arxiv:") && e.length() > 6) {
          entries.add(new Entry.Arxiv(e.substring(6)));
        } else if (e.equals("biorxiv") || e.equals("medrxiv")) {
          entries.add(new Entry.Preprints(e));
        } else {
          throw new IllegalArgumentException(
              "PAPERBOY_HARVEST: unknown harvest '"
                  + e
                  + "' (use arxiv, arxiv:SET, biorxiv or medrxiv, separated by commas)");
        }
      }
    }
    String url =
        biorxivUrl == null || biorxivUrl.isBlank() ? BiorxivRequest.DEFAULT_URL : biorxivUrl;
    return new DailyHarvests(List.copyOf(entries), url.strip());
  }

  List<Entry> entries() {
    return entries;
  }

  /** Runs the list now (after a minute) and then every 24 hours; nothing when it is empty. */
  public synchronized void start(Database db, PaperStore store, Harvester arxiv) {
    if (entries.isEmpty() || timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("paperboy-harvests").unstarted(r));
    BiorxivHarvester preprints = new BiorxivHarvester(db, store);
    timer.scheduleAtFixedRate(
        () -> entries.forEach(e -> runOne(e, arxiv, preprints)), 60, 24 * 3600, TimeUnit.SECONDS);
  }

  private void runOne(Entry e, Harvester arxiv, BiorxivHarvester preprints) {
    try {
      ImportSummary s =
          switch (e) {
            case Entry.Arxiv a ->
                arxiv.harvest(
                    new HarvestRequest(
                        HarvestRequest.ARXIV_ENDPOINT,
                        "arXiv",
                        a.set(),
                        null,
                        null,
                        Duration.ofSeconds(3)),
                    ImportListener.SILENT);
            case Entry.Preprints p ->
                preprints.harvest(
                    new BiorxivRequest(biorxivUrl, p.server(), null, null, Duration.ofSeconds(1)),
                    ImportListener.SILENT);
          };
      log.info("Daily harvest {}: {}", e, s);
    } catch (java.io.IOException | RuntimeException ex) {
      log.warn("Daily harvest {} failed; it runs again tomorrow: {}", e, ex.toString());
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
