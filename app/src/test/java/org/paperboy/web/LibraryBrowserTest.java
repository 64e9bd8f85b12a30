package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperboy.library.Mark;
import org.paperboy.testing.BrowserSite;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;

/** ☆ Save in a real browser: one click, no reload, under the strict CSP. */
class LibraryBrowserTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir static Path dir;
  static BrowserSite site;
  static TestServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    site = BrowserSite.start(dir, "web-corpus.jsonl", mail.port(), MutableClock.ticking());
    server = site.server;
    browser = site.browser;
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  WebElement find(String css) {
    return site.find(css);
  }

  @Test
  void savingAndDismissingTakeOneClickWithoutReloadingThePage() {
    browser.get(server.url("/papers/r02"));
    // the library's script is for signed-in readers only
    assertThat(browser.findElements(By.cssSelector("script[src*='library.js']"))).isEmpty();
    find("a.save").click(); // "☆ Save" leads a visitor to sign in
    find("#email").sendKeys("saver@lab.org");
    find("form[action='/signin'] button[type=submit]").click();
    assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
    browser.get(SignInAndVotesTest.link(GreenMailUtil.getBody(mail.getReceivedMessages()[0])));
    find("form[action='/signin/confirm'] button").click();
    find("article.paper h1");
    assertThat(browser.getCurrentUrl()).endsWith("/papers/r02");

    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.notReloaded = true;");
    find("article.paper form.mark button.save").click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.paper form.mark button.save"), "★ Saved"));
    assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
    String user = server.app().library().userIdFor("saver@lab.org");
    assertThat(server.app().library().markOf(user, "r02")).contains(Mark.SAVED);

    WebElement similar = find("section article.card form.mark button.dismiss");
    String id =
        similar.findElement(By.xpath("./ancestor::article")).getAttribute("id").substring(6);
    similar.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.card.dismissed")));
    assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
    assertThat(server.app().library().markOf(user, id)).contains(Mark.DISMISSED);

    browser.get(server.url("/library"));
    assertThat(find("main h1").getText()).isEqualTo("Your library");
    assertThat(browser.findElements(By.cssSelector("article.card#paper-r02"))).hasSize(1);
  }
}
