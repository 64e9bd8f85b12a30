package org.paperboy.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.paperboy.account.Accounts;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.digest.Digests;
import org.paperboy.library.Library;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.paperboy.web.view.Assets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: Javalin on Jetty, pages from jte templates, the API and feeds. */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  private final Javalin javalin;
  private final Trending trending;
  private final Config.Web config;
  private volatile int port;
  private final org.paperboy.mcp.PaperboyMcp mcp;

  /** The parts the server serves from, all built by the composition root. */
  public record Parts(
      Database db,
      PaperStore papers,
      Search search,
      Trending trending,
      Accounts accounts,
      Subscriptions subscriptions,
      Digests digests,
      Library library,
      Clock clock,
      Recommendations recommendations,
      java.util.function.Supplier<java.util.List<org.paperboy.jobs.JobStatus>> jobs,
      org.paperboy.lab.Labs labs,
      org.paperboy.channel.Channels channels,
      People people) {}

  private final java.util.function.Consumer<String> announce;

  /**
   * @param announce told the server's address once it listens (links in mail point there)
   */
  public WebServer(Config.Web config, Parts parts, java.util.function.Consumer<String> announce) {
    this.config = config;
    this.announce = announce;
    this.trending = parts.trending();
    Metrics metrics = new Metrics(parts.search(), parts.papers()::count);
    Views views =
        new Views(assetVersion(), parts.clock(), this::baseUrl, parts.library(), parts.labs());
    Templates templates = new Templates();
    Messages messages = new Messages(views, templates);
    Cookies cookies = new Cookies(parts.accounts(), config.secure());
    Finder finder = new Finder(parts.search(), parts.trending(), metrics);
    MailLimits mailLimits = new MailLimits(parts.clock());
    Handlers handlers =
        new Handlers(
            new Pages(
                views,
                templates,
                parts.trending(),
                parts.search(),
                parts.papers(),
                parts.recommendations(),
                config.trustProxy(),
                parts.people()),
            new SearchPage(views, templates, finder, parts.trending()),
            new SignInPages(
                views,
                templates,
                messages,
                parts.accounts(),
                cookies,
                parts.trending(),
                parts.papers(),
                new RateLimiter(RateLimiter.FORMS, parts.clock()),
                new RateLimiter(RateLimiter.VOTES, parts.clock()),
                mailLimits,
                this::baseUrl,
                config.trustProxy()),
            new Api(
                finder,
                parts.trending(),
                parts.search(),
                parts.papers(),
                this::baseUrl,
                parts.people()),
            new Feeds(parts.trending(), finder, this::baseUrl),
            new SubscriptionPages(
                views,
                templates,
                messages,
                parts.subscriptions(),
                parts.digests(),
                new RateLimiter(RateLimiter.FORMS, parts.clock()),
                mailLimits,
                this::baseUrl,
                config.trustProxy()),
            messages,
            cookies,
            metrics,
            new Health(parts.db(), metrics, parts.jobs()),
            this::baseUrl,
            new ForYouPage(
                views, templates, parts.recommendations(), parts.trending(), parts.people()));
    LibraryPages libraryPages =
        new LibraryPages(
            views,
            templates,
            messages,
            parts.library(),
            parts.trending(),
            new RateLimiter(RateLimiter.MARKS, parts.clock()),
            parts.people());
    TokenPages tokenPages =
        new TokenPages(views, templates, messages, parts.library(), parts.papers(), this::baseUrl);
    this.mcp =
        new org.paperboy.mcp.PaperboyMcp(
            new org.paperboy.mcp.PaperboyMcp.Parts(
                parts.papers(),
                parts.search(),
                parts.trending(),
                parts.library(),
                parts.recommendations(),
                parts.people(),
                parts.labs()),
            this::baseUrl);
    McpGate mcpGate =
        new McpGate(parts.library(), this::baseUrl, config.trustProxy(), parts.clock(), metrics);
    ForYouFeeds forYouFeeds =
        new ForYouFeeds(
            parts.recommendations(),
            parts.library(),
            tokenPages,
            handlers.feeds(),
            this::baseUrl,
            parts.people(),
            parts.trending());
    VenuePages venuePages =
        new VenuePages(
            views,
            templates,
            new org.paperboy.paper.PaperVenues(parts.db()),
            parts.trending(),
            handlers.feeds(),
            this::baseUrl);
    this.javalin =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.http.compressionStrategy = CompressionStrategy.GZIP;
              c.http.maxRequestSize = Guards.BODY_LIMIT;
              c.http.prefer405over404 = true;
              // uploads (the library import) have their own limit, checked first in Guards.size
              c.jetty.multipartConfig.maxFileSize(Library.MAX_IMPORT_BYTES, SizeUnit.BYTES);
              c.jetty.multipartConfig.maxTotalRequestSize(Guards.UPLOAD_LIMIT, SizeUnit.BYTES);
              c.jetty.port = config.port();
              c.jetty.threadPool = threads();
              c.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(10_000);
                    server.setErrorHandler(new JettyErrors());
                    // Javalin puts its own handler inside this one
                    server.setHandler(SlowClients.rateHandler());
                  });
              c.jetty.modifyHttpConfiguration(
                  h -> {
                    h.setRequestHeaderSize(64 * 1024);
                    // bad UTF-8 in a path reaches the routes (as U+FFFD), which answer 404 in
                    // the page's or the API's own form instead of Jetty's bare 400
                    h.setUriCompliance(
                        org.eclipse.jetty.http.UriCompliance.DEFAULT.with(
                            "paperboy",
                            org.eclipse.jetty.http.UriCompliance.Violation.BAD_UTF8_ENCODING));
                  });
              c.jetty.modifyServletContextHandler(
                  h -> {
                    h.setErrorHandler(new JettyErrors());
                    h.addFilter(
                        new org.eclipse.jetty.ee10.servlet.FilterHolder(
                            new SlowClients(config.trustProxy())),
                        "/*",
                        java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                    h.addFilter(
                        new org.eclipse.jetty.ee10.servlet.FilterHolder(new HeadAsGet()),
                        "/*",
                        java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                    mcpGate.mount(h, mcp.http((int) Guards.BODY_LIMIT)); // /mcp: docs/mcp.md
                  });
              c.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/web/static";
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
                  });
              // KaTeX's script, stylesheet and fonts, under a path that names its version
              c.staticFiles.add(
                  s -> {
                    s.hostedPath = Assets.KATEX_ROOT;
                    s.directory = Assets.KATEX_FOLDER;
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
                  });
              c.requestLogger.http(handlers::record);
              Routes.register(c.routes, handlers);
              LibraryPages.register(c.routes, libraryPages, tokenPages);
              AccountPages.register(
                  c.routes, new AccountPages(messages, parts.accounts(), cookies));
              LabRoutes.register(
                  c.routes,
                  handlers,
                  new LabPages(
                      views,
                      templates,
                      messages,
                      parts.labs(),
                      parts.channels(),
                      this::baseUrl,
                      new RateLimiter(RateLimiter.FORMS, parts.clock())),
                  new ListPages(
                      views,
                      templates,
                      parts.labs(),
                      parts.papers(),
                      parts.library(),
                      handlers.feeds(),
                      new RateLimiter(RateLimiter.MARKS, parts.clock())),
                  new ChannelPages(
                      messages,
                      parts.labs(),
                      parts.channels(),
                      new RateLimiter(RateLimiter.FORMS, parts.clock())),
                  new LabApi(parts.labs(), tokenPages, this::baseUrl));
              c.routes.get("/api/v1/for-you", forYouFeeds::json);
              CoSavePages coSaves = new CoSavePages(views, templates, parts.recommendations());
              c.routes.get("/settings/co-saves", coSaves::page);
              c.routes.post("/settings/co-saves", coSaves::save);
              c.routes.get("/feeds/for-you/{file}", forYouFeeds::atom);
              VenuePages.register(c.routes, venuePages);
              AuthorPages.register(
                  c.routes, views, templates, parts, handlers.feeds(), tokenPages, this::baseUrl);
            });
  }

  /**
   * Request threads: a few per core. Pages are CPU work, so more threads than that only share the
   * cores more thinly and stretch every answer; extra requests wait in Jetty's queue in order.
   */
  private static org.eclipse.jetty.util.thread.QueuedThreadPool threads() {
    int max = 16 * Runtime.getRuntime().availableProcessors();
    var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(Math.max(16, max), 4);
    pool.setName("paperboy-http");
    return pool;
  }

  public WebServer start() {
    javalin.start();
    port = javalin.port();
    announce.accept(baseUrl());
    log.info("Paperboy is serving at {}", baseUrl());
    return this;
  }

  private void flushViews() {
    try {
      trending.flushViews();
    } catch (RuntimeException e) {
      log.warn("Saving page views failed (they are retried): {}", e.toString());
    }
  }

  public int port() {
    return port;
  }

  /** Every route the server answers, as {@code METHOD /path} with {@code {name}} parameters. */
  public java.util.List<String> routes() {
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
    flushViews();
  }

  /** A short hash of the stylesheet and scripts, so that their URLs change whenever they do. */
  private static String assetVersion() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String file : new String[] {"paperboy.css", "math.js", "favicon.svg", "library.js"}) {
        try (InputStream in =
            WebServer.class.getClassLoader().getResourceAsStream("web/static/" + file)) {
          if (in == null) {
            throw new IllegalStateException("web/static/" + file + " is missing from the jar");
          }
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
