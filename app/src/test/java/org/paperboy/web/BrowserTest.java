package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.paperboy.testing.BrowserSite;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;

/** A real browser (Debian's chromium, headless) through the pages a reader uses. */
class BrowserTest {

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
  void aReaderSearchesOpensAPaperSignsInByMailAndVotes() {
    browser.get(server.url("/"));
    assertThat(browser.getTitle()).isEqualTo("Trending papers — Paperboy");
    assertThat(browser.findElements(By.cssSelector("article.card"))).isNotEmpty();

    WebElement box = find("header input[name=q]");
    box.sendKeys("paged attention", Keys.ENTER);
    find("article.card mark");
    assertThat(browser.getCurrentUrl()).contains("/search?q=paged+attention");
    find("article.card h3 a").click();
    find("article.paper h1");
    assertThat(browser.getCurrentUrl()).contains("/papers/");
    String paperUrl = browser.getCurrentUrl();

    find(".actions a.button").click(); // "Sign in to vote"
    find("#email").sendKeys("Reader@Lab.org");
    find("form[action='/signin'] button[type=submit]").click();
    // the form's answer replaces the page: wait for its heading, not the sign-in page's
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                By.cssSelector("main h1"), "Check your inbox"));
    assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
    String link = SignInAndVotesTest.link(GreenMailUtil.getBody(mail.getReceivedMessages()[0]));

    browser.get(link);
    find("form[action='/signin/confirm'] button").click();
    find("article.paper h1");
    assertThat(browser.getCurrentUrl()).isEqualTo(paperUrl);
    assertThat(find(".who .email").getText()).isEqualTo("reader@lab.org");

    find(".actions form button").click();
    WebElement voted = find(".actions form button.voted");
    assertThat(voted.getText()).contains("Voted").contains("1");
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndNarrowScreensDoNotScrollSideways() {
    browser.get(server.url("/papers/h01"));
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to the content");
    assertThat(browser.findElements(By.cssSelector("body script"))).isEmpty(); // title stays text
    assertThat(find("article.paper h1").getText()).startsWith("<script>alert('title')</script>");

    browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
    browser.get(server.url("/"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Object overflow =
        js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(overflow).isEqualTo(false);
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
  }
}
