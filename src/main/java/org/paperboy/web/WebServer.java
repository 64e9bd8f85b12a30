package org.paperboy.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.paperboy.account.Accounts;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.digest.Digests;
import org.paperboy.paper.PaperStore;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: Javalin on Jetty, pages from jte templates, the API and feeds. */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  private final Javalin javalin;
  private final Trending trending;
  private final Config.Web config;
  private final ScheduledExecutorService upkeep =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "web-upkeep");
            t.setDaemon(true);
            return t;
          });
  private volatile int port;

  /** The parts the server serves from, all built by the composition root. */
  public record Parts(
      Database db,
      PaperStore papers,
      Search search,
      Trending trending,
      Accounts accounts,
      Subscriptions subscriptions,
      Digests digests,
      Clock clock,
      Recommendations recommendations) {}

  private final java.util.function.Consumer<String> announce;

  /**
   * @param announce told the server's address once it listens (links in mail point there)
   */
  public WebServer(Config.Web config, Parts parts, java.util.function.Consumer<String> announce) {
    this.config = config;
    this.announce = announce;
    this.trending = parts.trending();
    Metrics metrics = new Metrics(parts.search(), parts.papers()::count);
    Views views = new Views(assetVersion());
    Templates templates = new Templates();
    Messages messages = new Messages(views, templates);
    Cookies cookies = new Cookies(parts.accounts(), config.secure());
    Finder finder = new Finder(parts.search(), parts.trending(), metrics);
    Handlers handlers =
        new Handlers(
            new Pages(views, templates, parts.trending(), parts.search(), parts.papers()),
            new SearchPage(views, templates, finder, parts.trending()),
            new SignInPages(
                views,
                templates,
                messages,
                parts.accounts(),
                cookies,
                parts.trending(),
                parts.papers(),
                new RateLimiter(30, Duration.ofMinutes(10), parts.clock()),
                new RateLimiter(60, Duration.ofMinutes(1), parts.clock()),
                this::baseUrl,
                config.trustProxy()),
            new Api(finder, parts.trending(), parts.search(), parts.papers(), this::baseUrl),
            new Feeds(parts.trending(), finder, this::baseUrl),
            new SubscriptionPages(
                views,
                templates,
                messages,
                parts.subscriptions(),
                parts.digests(),
                new RateLimiter(30, Duration.ofMinutes(10), parts.clock()),
                this::baseUrl,
                config.trustProxy()),
            messages,
            cookies,
            metrics,
            parts.db(),
            new ForYouPage(views, templates, parts.recommendations(), parts.trending()));
    this.javalin =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.http.compressionStrategy = CompressionStrategy.GZIP;
              c.http.maxRequestSize = 64 * 1024;
              c.jetty.port = config.port();
              c.jetty.threadPool = threads();
              c.jetty.modifyServer(server -> server.setStopTimeout(10_000));
              c.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/web/static";
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
                  });
              c.requestLogger.http(handlers::record);
              Routes.register(c.routes, handlers);
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
    upkeep.scheduleWithFixedDelay(this::flushViews, 10, 10, TimeUnit.SECONDS);
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

  public String baseUrl() {
    return config.baseUrl(port);
  }

  /** Stops taking requests, lets running ones finish (up to 10 s), then saves the views. */
  @Override
  public void close() {
    upkeep.shutdownNow();
    javalin.stop();
    flushViews();
  }

  /** A short hash of the stylesheet, so that its URL changes whenever it does. */
  private static String assetVersion() {
    try (InputStream in =
        WebServer.class.getClassLoader().getResourceAsStream("web/static/paperboy.css")) {
      if (in == null) {
        throw new IllegalStateException("web/static/paperboy.css is missing from the jar");
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
