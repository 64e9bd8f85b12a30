package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.paperboy.testing.BrowserSite;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.TestServer;

/** The author page and the people settings in a real headless chromium: axe, and a phone. */
class AuthorPagesBrowserTest {
  static final Clock TODAY = Clock.fixed(Instant.parse("2024-02-08T12:00:00Z"), ZoneOffset.UTC);
  static final String AUTHOR = "/authors/Emanuele%20Rodol%C3%A0"; // an accent, kept

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir static Path dir;
  static BrowserSite site;
  static TestServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    site = BrowserSite.start(dir, "tex-corpus.jsonl", mail.port(), TODAY);
    server = site.server;
    browser = site.browser;
    Files.createDirectories(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void theAuthorPagePassesAxeAndFitsAPhone() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String theme : List.of("light", "dark")) {
      theme(theme);
      browser.get(server.url(AUTHOR));
      assertThat(site.find("main h1").getText()).isEqualTo("Emanuele Rodolà");
      problems.addAll(axe(theme + " " + AUTHOR));
    }
    signIn("author-reader@lab.org");
    browser.get(server.url(AUTHOR));
    site.find("form[action='/authors/follow'] button").click();
    assertThat(site.find("form[action='/authors/follow'] button").getText()).contains("Following");
    problems.addAll(axe("signed in " + AUTHOR));
    browser.get(server.url("/settings/people"));
    assertThat(site.find("main").getText()).contains("Emanuele Rodolà");
    problems.addAll(axe("/settings/people"));
    assertThat(problems).isEmpty();

    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      for (String path : List.of(AUTHOR, "/settings/people")) {
        browser.get(server.url(path));
        site.find("body");
        Files.write(
            Path.of("target", "screenshots", "phone" + path.replaceAll("[^a-z]+", "-") + ".png"),
            browser.getScreenshotAs(OutputType.BYTES));
        Object sideways =
            browser.executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue()).as(path + " scrolls sideways by").isEqualTo(0);
      }
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  void theme(String theme) {
    browser.get(server.url("/about"));
    site.find("footer .theme button[value=" + theme + "]").click();
    site.find("html[data-theme=" + theme + "]");
  }

  void signIn(String email) {
    browser.get(server.url("/signin"));
    site.find("#email").sendKeys(email);
    site.find("form[action='/signin'] button[type=submit]").click();
    site.find("main h1");
    assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
    var messages = mail.getReceivedMessagesForDomain(email);
    String body = GreenMailUtil.getBody(messages[messages.length - 1]).replace("=\r\n", "");
    Matcher m = Pattern.compile("(http://\\S+/signin/confirm\\S+)").matcher(body);
    assertThat(m.find()).as(body).isTrue();
    browser.get(m.group(1).replace("=3D", "="));
    site.find("form[action='/signin/confirm'] button").click();
    site.find(".who .email");
  }

  List<String> axe(String where) {
    Results results =
        new AxeBuilder()
            .setLegacyMode(true)
            .setTimeout(120)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
    assertThat(results.isErrored()).as(where + ": " + results.getErrorMessage()).isFalse();
    assertThat(results.getPasses()).as("axe ran on " + where).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      System.out.println("axe " + where + ": " + r.getId() + " (" + r.getImpact() + ")");
      if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
        found.add(
            where
                + ": "
                + r.getId()
                + " ("
                + r.getImpact()
                + ") "
                + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getHtml())).toList());
      }
    }
    return found;
  }
}
