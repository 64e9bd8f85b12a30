package org.paperboy.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.paperboy.account.Accounts;
import org.paperboy.channel.Channels;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.digest.Digests;
import org.paperboy.jobs.JobStatus;
import org.paperboy.lab.Labs;
import org.paperboy.library.Library;
import org.paperboy.mcp.PaperboyMcp;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.PaperVenues;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Javalin on Jetty ({@link ServerSetup}), pages from jte templates, the API and
 * feeds. It builds the {@link Kit} every handler shares, then each feature's handlers, and hands
 * them to {@link Routes}, where every route is.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  private final Javalin javalin;
  private final Runnable flushViews;
  private final Config.Web config;
  private final Consumer<String> announce;
  private final PaperboyMcp mcp;
  private volatile int port;

  /** The parts the server serves from, all built by the composition root. */
  public record Parts(Base base, Finding finding, Readers readers, Groups groups) {}

  /** What everything stands on: the database, the papers, the clock, the background jobs. */
  public record Base(Database db, PaperStore papers, Clock clock, Supplier<List<JobStatus>> jobs) {}

  /** Finding and ranking papers: search, trending, recommendations, people and citations. */
  public record Finding(
      Search search, Trending trending, Recommendations recommendations, People people) {}

  /** What readers keep: accounts, libraries, digest subscriptions and the digests. */
  public record Readers(
      Accounts accounts, Library library, Subscriptions subscriptions, Digests digests) {}

  /** Readers together: labs and their channels. */
  public record Groups(Labs labs, Channels channels) {}

  /**
   * @param announce told the server's address once it listens (links in mail point there)
   */
  public WebServer(Config.Web config, Parts parts, Consumer<String> announce) {
    this.config = config;
    this.announce = announce;
    this.flushViews = parts.finding().trending()::flushViews;
    Metrics metrics = new Metrics(parts.finding().search(), parts.base().papers()::count);
    Kit kit = kit(parts, metrics);
    Filters filters = new Filters(kit, metrics);
    Routes.Handlers handlers = handlers(kit, parts, filters, metrics);
    // /mcp: a servlet of its own behind its gate (docs/mcp.md)
    Finding find = parts.finding();
    Library library = parts.readers().library();
    this.mcp =
        new PaperboyMcp(
            new PaperboyMcp.Parts(
                parts.base().papers(),
                find.search(),
                find.trending(),
                library,
                find.recommendations(),
                find.people(),
                parts.groups().labs()),
            this::baseUrl);
    McpGate mcpGate =
        new McpGate(library, this::baseUrl, config.trustProxy(), parts.base().clock(), metrics);
    this.javalin =
        Javalin.create(
            c -> {
              ServerSetup.configure(c, config, mcpGate, mcp.http((int) Guards.BODY_LIMIT));
              c.requestLogger.http(filters::record);
              Routes.register(c.routes, handlers);
            });
  }

  /** What every handler shares: views, templates, messages, who is signed in, the address. */
  private Kit kit(Parts parts, Metrics metrics) {
    Views views =
        new Views(
            ServerSetup.assetVersion(),
            parts.base().clock(),
            this::baseUrl,
            parts.readers().library(),
            parts.groups().labs());
    Templates templates = new Templates();
    return new Kit(
        views,
        templates,
        new Messages(views, templates),
        new SignedIn(
            parts.readers().accounts(), parts.readers().library(), new Cookies(config.secure())),
        this::baseUrl,
        config.trustProxy(),
        parts.base().clock());
  }

  /** Each feature's handlers, in the order of the route table. */
  private static Routes.Handlers handlers(Kit kit, Parts parts, Filters filters, Metrics metrics) {
    Base base = parts.base();
    Finding find = parts.finding();
    Readers readers = parts.readers();
    Groups groups = parts.groups();
    Trending trending = find.trending();
    People people = find.people();
    Recommendations recommendations = find.recommendations();
    PaperStore papers = base.papers();
    Library library = readers.library();
    Finder finder = new Finder(find.search(), trending, metrics);
    Feeds feeds = new Feeds(kit, trending, finder);
    MailLimits mailLimits = new MailLimits(base.clock()); // sign-in and subscribe share them
    return new Routes.Handlers(
        new Routes.Around(
            filters,
            new Errors(kit),
            new Operations(new Health(base.db(), metrics, base.jobs()), metrics)),
        new Routes.Reading(
            new Pages(kit, trending, find.search(), papers, recommendations, people),
            new ForYouPage(kit, recommendations, trending, people),
            new SearchPage(kit, finder, trending),
            new Api(kit, finder, trending, find.search(), papers, people),
            feeds,
            new VenuePages(kit, new PaperVenues(base.db()), trending, feeds)),
        new Routes.Authors(
            new AuthorPages(kit, people, trending, feeds),
            new PeopleSettings(kit, people),
            new PeopleApi(kit, people, trending)),
        new Routes.Visitors(
            new SignInPages(kit, readers.accounts(), trending, papers, mailLimits),
            new AccountPages(kit, readers.accounts()),
            new SubscriptionPages(kit, readers.subscriptions(), readers.digests(), mailLimits),
            new SettingsPages(kit, readers.subscriptions())),
        new Routes.Saving(
            new LibraryPages(kit, library, trending, people),
            new TokenPages(kit, library, papers),
            new CoSavePages(kit, recommendations),
            new ForYouFeeds(kit, recommendations, feeds, people, trending)),
        new Routes.Groups(
            new LabPages(kit, groups.labs(), groups.channels()),
            new ListPages(kit, groups.labs(), papers, feeds),
            new ChannelPages(kit, groups.labs(), groups.channels()),
            new LabApi(kit, groups.labs())));
  }

  public WebServer start() {
    javalin.start();
    port = javalin.port();
    announce.accept(baseUrl());
    log.info("Paperboy is serving at {}", baseUrl());
    return this;
  }

  public int port() {
    return port;
  }

  /** Every route the server answers, as {@code METHOD /path} with {@code {name}} parameters. */
  public List<String> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path.replaceAll("<([^>]+)>", "{$1}"))
        .toList();
  }

  public String baseUrl() {
    return config.baseUrl(port);
  }

  /** Stops taking requests, lets running ones finish (up to 10 s), then saves the views. */
  @Override
  public void close() {
    javalin.stop();
    mcp.close();
    try {
      flushViews.run();
    } catch (RuntimeException e) {
      log.warn("Saving page views failed (they are retried): {}", e.toString());
    }
  }
}
