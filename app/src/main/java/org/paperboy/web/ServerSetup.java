package org.paperboy.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.paperboy.config.Config;
import org.paperboy.library.Library;
import org.paperboy.web.view.Assets;

/**
 * Javalin on Jetty, set up once: limits on requests, the request threads, the servlet filters that
 * run before any route (slow clients, HEAD as GET), the MCP servlet behind its gate, static files.
 */
final class ServerSetup {
  private ServerSetup() {}

  static void configure(JavalinConfig c, Config.Web config, McpGate mcpGate, HttpServlet mcp) {
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
          // bad UTF-8 in a path reaches the routes (as U+FFFD), which answer 404 in the page's or
          // the API's own form instead of Jetty's bare 400
          h.setUriCompliance(
              UriCompliance.DEFAULT.with("paperboy", UriCompliance.Violation.BAD_UTF8_ENCODING));
        });
    c.jetty.modifyServletContextHandler(
        h -> {
          h.setErrorHandler(new JettyErrors());
          h.addFilter(
              new FilterHolder(new SlowClients(config.trustProxy())),
              "/*",
              EnumSet.of(DispatcherType.REQUEST));
          h.addFilter(new FilterHolder(new HeadAsGet()), "/*", EnumSet.of(DispatcherType.REQUEST));
          mcpGate.mount(h, mcp); // /mcp: docs/mcp.md
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
  }

  /**
   * Request threads: a few per core. Pages are CPU work, so more threads than that only share the
   * cores more thinly and stretch every answer; extra requests wait in Jetty's queue in order.
   */
  private static QueuedThreadPool threads() {
    int max = 16 * Runtime.getRuntime().availableProcessors();
    var pool = new QueuedThreadPool(Math.max(16, max), 4);
    pool.setName("paperboy-http");
    return pool;
  }

  /** A short hash of the stylesheet and scripts, so that their URLs change whenever they do. */
  static String assetVersion() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String file : new String[] {"paperboy.css", "math.js", "favicon.svg", "library.js"}) {
        try (InputStream in =
            ServerSetup.class.getClassLoader().getResourceAsStream("web/static/" + file)) {
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
