package org.paperboy.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What each browser test starts once: a Paperboy server on a fixture corpus (SQLite in {@code dir})
 * and a headless chromium beside it. The test class is skipped where chromium is missing.
 */
public final class BrowserSite implements AutoCloseable {
  public final TestServer server;
  public final ChromeDriver browser;

  private BrowserSite(TestServer server, ChromeDriver browser) {
    this.server = server;
    this.browser = browser;
  }

  public static BrowserSite start(Path dir, String fixture, int smtpPort, Clock clock)
      throws IOException {
    assumeTrue(
        Chromium.installed(),
        "chromium and chromedriver are not installed (.ci/run installs them)");
    TestServer server = TestServer.start(dir, Databases.sqlite(dir), fixture, smtpPort, clock);
    try {
      return new BrowserSite(server, Chromium.start(dir, 1200, 900));
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The first element {@code css} selects, waiting up to ten seconds for it to appear. */
  public WebElement find(String css) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  @Override
  public void close() {
    browser.quit();
    server.close();
  }
}
