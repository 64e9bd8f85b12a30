package org.paperboy.signals;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.paperboy.config.Config;
import org.paperboy.config.SignalSettings;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.ImportListener;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the world says about papers: Hugging Face upvotes and comments, GitHub stars, Semantic
 * Scholar citations, fetched in rounds and stored as observations. The package's one public entry:
 * trending reads the numbers, pages show them, the CLI and the server fetch them.
 */
public final class OutsideSignals implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutsideSignals.class);

  /** How often the server fetches: one round an hour across every instance on the database. */
  public static final Duration EVERY = Duration.ofHours(1);

  private final SignalSettings settings;
  private final Clock clock;
  private final Observations store;
  private final Readings readings;
  private final Lease lease;
  private final Round.Parts parts;
  private final Sources sources;
  private final String holder;

  public OutsideSignals(
      Database db, PaperStore papers, ArxivApi arxiv, SignalSettings settings, Clock clock) {
    this(db, papers, arxiv, settings, clock, Sources.BUILT_IN);
  }

  /** With these sources: {@link Sources#BUILT_IN}, or more in a test. */
  OutsideSignals(
      Database db,
      PaperStore papers,
      ArxivApi arxiv,
      SignalSettings settings,
      Clock clock,
      List<Source.Maker> makers) {
    this.settings = settings;
    this.clock = clock;
    this.store = new Observations(db);
    this.lease = new Lease(db);
    this.holder = host() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Limits> limits = new HashMap<>();
    Round.Missing missing = (ids, tally) -> addMissing(arxiv, ids, tally);
    Map<String, String> s2Key =
        settings.s2ApiKey() == null ? Map.of() : Map.of("x-api-key", settings.s2ApiKey());
    this.parts =
        new Round.Parts(
            store,
            papers,
            limits,
            missing,
            clock,
            new CitationWatch(
                new Citations(db),
                new CitingPapers(
                    http(s2Key),
                    settings.s2Url(),
                    http(Map.of()),
                    new CitingPapers.OpenAlex(
                        SignalSettings.openAlexUrl(), SignalSettings.openAlexMailto())),
                papers,
                missing,
                clock));
    this.sources = new Sources(makers, new Source.Kit(parts, settings, this::http));
    for (String s : settings.sources()) {
      if (!sources.names().contains(s)) {
        throw new Config.ConfigException(
            "PAPERBOY_SIGNALS: unknown source '"
                + s
                + "' (use "
                + String.join(", ", sources.names())
                + " or none)");
      }
    }
    for (Source s : sources.all()) {
      limits.put(s.name(), new Limits(db, s.name(), clock));
    }
    this.readings = new Readings(db, sources);
  }

  /** Only reads what is stored: for trending when nothing is fetched. */
  public static OutsideSignals reader(Database db, PaperStore papers, Clock clock) {
    return new OutsideSignals(db, papers, null, SignalSettings.none(), clock);
  }

  /** The registered sources' names, in the order a round asks them. */
  public List<String> sourceNames() {
    return sources.names();
  }

  /**
   * Refuses a name no source is registered under, with a message that lists them: {@code unknown
   * source 'x' (use hf, github, s2 or openalex)}.
   */
  public void checkSource(String name) {
    if (!sources.names().contains(name)) {
      throw new IllegalArgumentException(
          "unknown source '" + name + "' (use " + sources.listed() + ")");
    }
  }

  public SignalSettings settings() {
    return settings;
  }

  /**
   * Runs one round for the sources given (all configured ones when empty), unless another instance
   * holds the round. With {@code onlyIfDue}, also not when one finished less than an hour ago.
   */
  public RoundSummary fetch(Set<String> sources, boolean onlyIfDue) {
    Set<String> chosen = sources.isEmpty() ? settings.sources() : sources;
    if (chosen.isEmpty()) {
      return new RoundSummary(List.of(), 0, 0, "no source is on (PAPERBOY_SIGNALS=none)", 0);
    }
    Instant now = clock.instant();
    if (!lease.claim(holder, now, onlyIfDue ? now.minus(EVERY).plusSeconds(60) : null)) {
      return new RoundSummary(
          List.of(), 0, 0, "another instance is fetching, or fetched within the hour", 0);
    }
    try {
      return new Round(parts, this.sources.all()).run(chosen);
    } finally {
      lease.finish(holder, clock.instant());
    }
  }

  /**
   * The numbers of the papers first published in {@code from..to}, stars gained since {@code
   * since}.
   */
  public Map<String, PaperSignals> published(LocalDate from, LocalDate to, Instant since) {
    return readings.published(from, to, since);
  }

  /** What is shown beside these papers, stars gained over the last 7 days. */
  public Map<String, PaperSignals> of(Collection<String> paperIds) {
    if (paperIds.isEmpty()) {
      return Map.of();
    }
    return readings.of(paperIds, clock.instant().minus(Duration.ofDays(7)), settings.hfUrl());
  }

  /** How the paper's signals moved: its observations, newest first, as plain-text lines. */
  public List<String> history(String paperId) {
    return readings.history(paperId, 30);
  }

  /**
   * The server's scheduled round (every few minutes): fetches when no round finished within the
   * hour and no other instance is fetching. Returns whether it fetched.
   */
  public boolean scheduledRound() {
    RoundSummary s = fetch(Set.of(), true);
    if (s.skipped() != null) {
      return false;
    }
    log.info("Signals fetched: {}", s);
    return true;
  }

  /** Whether any source is on: the server schedules rounds only then. */
  public boolean fetching() {
    return !settings.sources().isEmpty();
  }

  /** Nothing to release: the rounds are the server's jobs. */
  @Override
  public void close() {}

  private long addMissing(ArxivApi arxiv, List<String> ids, Tally tally) {
    if (arxiv == null || !settings.addMissing()) {
      return 0;
    }
    try {
      var summary =
          arxiv.add(
              settings.arxivApiUrl(),
              ids,
              Duration.ofSeconds(3),
              new ImportListener() {
                @Override
                public void rejected(String where, String reason) {
                  tally.failed("arXiv " + where, reason);
                }
              });
      return summary.added();
    } catch (IOException | RuntimeException e) {
      tally.failed("arXiv API", e.getMessage());
      return 0;
    }
  }

  private SourceCalls http(Map<String, String> headers) {
    return new SourceCalls(settings.pace(), settings.timeout(), clock, headers);
  }

  /** Where OpenAlex is, and the address it may write to about our calls (its polite pool). */
  public void useOpenAlex(String url, String mailto) {
    parts.citing().sources().useOpenAlex(new CitingPapers.OpenAlex(url, mailto));
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "paperboy";
    }
  }
}
