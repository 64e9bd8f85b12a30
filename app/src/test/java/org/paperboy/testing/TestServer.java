package org.paperboy.testing;

import java.nio.file.Path;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.web.WebServer;

/**
 * A whole Paperboy serving HTTP from a temporary data folder; the server binds port 0 and the test
 * reads the bound port back through {@link #url}.
 */
public final class TestServer implements AutoCloseable {
  private final Paperboy app;
  private final WebServer web;

  private TestServer(Paperboy app, WebServer web) {
    this.app = app;
    this.web = web;
  }

  /**
   * @param smtpPort a local SMTP server to send through, or 0 for the .eml outbox
   */
  public static TestServer start(Path dataDir, String dbUrl, String fixture, int smtpPort) {
    return start(dataDir, dbUrl, fixture, smtpPort, MutableClock.ticking());
  }

  public static TestServer start(
      Path dataDir, String dbUrl, String fixture, int smtpPort, java.time.Clock clock) {
    Config config =
        new Config(dataDir, dbUrl, new Config.Embeddings(null, null, null, 2))
            .withWeb(new Config.Web(0, null));
    if (smtpPort > 0) {
      config =
          config.withMail(
              new Config.Mail("smtp://127.0.0.1:" + smtpPort, "Paperboy <papers@paperboy.test>"));
    }
    Paperboy app = Paperboy.open(config, clock);
    if (fixture != null) {
      TestApp.load(app, fixture, false);
    }
    return new TestServer(app, app.webServer().start());
  }

  public Paperboy app() {
    return app;
  }

  public WebServer web() {
    return web;
  }

  public String url(String path) {
    return web.baseUrl() + path;
  }

  public WebClient client() {
    return new WebClient(web.baseUrl());
  }

  @Override
  public void close() {
    web.close();
    app.close();
  }
}
