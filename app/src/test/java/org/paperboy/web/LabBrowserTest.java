package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.paperboy.channel.Channel;
import org.paperboy.channel.Kind;
import org.paperboy.lab.Lab;
import org.paperboy.testing.BrowserSite;
import org.paperboy.testing.LocalSmtp;

/** The lab pages in a real chromium: made through their forms, checked by axe, and on a phone. */
class LabBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir static Path dir;
  static BrowserSite site;
  static ChromeDriver browser;

  static final List<String> PAGES =
      List.of(
          "/labs",
          "/labs/reading-group",
          "/labs/reading-group/lists/journal-club",
          "/labs/add?paper=r05",
          "/papers/r05");

  @BeforeAll
  static void start() throws Exception {
    site =
        BrowserSite.start(
            dir, "web-corpus.jsonl", mail.port(), org.paperboy.testing.MutableClock.ticking());
    browser = site.browser;
    Files.createDirectories(SCREENSHOTS);
    signIn("ada@labs.test");
    // the lab made through its forms, as a person would
    browser.get(site.server.url("/labs"));
    site.find("#lab-name").sendKeys("Reading Group");
    site.find("#lab-description").sendKeys("We read serving papers on Thursdays");
    site.find("form[action='/labs'] button").click();
    site.find("#list-name").sendKeys("Journal club");
    site.find("form[action$='/lists'] button").click();
    // the list exists once its page answers: only then go on (a page left early drops the POST)
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.urlContains(
                "/labs/reading-group/lists/"));
    browser.get(site.server.url("/labs/add?paper=r05"));
    site.find("#add-note").sendKeys("for Thursday");
    site.find("form[action='/labs/add'] button").click();
    site.find(".list-entry");
    // a second member, a topic, a channel and a saved paper, set up directly
    var app = site.server.app();
    Lab lab = app.labs().find("reading-group").orElseThrow();
    app.labs().add("Reading Group", "bob@labs.test");
    app.labs().addTopic(lab, "KV cache", "kv cache");
    app.channels()
        .add(
            lab,
            Kind.SLACK,
            "https://93.184.216.34/services/T000/B000/XYZ",
            new Channel.Plan(
                false,
                DayOfWeek.MONDAY,
                8,
                ZoneId.of("Europe/Berlin"),
                EnumSet.allOf(Channel.Content.class),
                10));
    String bob = app.accounts().findOrCreate("bob@labs.test").id();
    app.library()
        .mark(bob, "r04", org.paperboy.library.Mark.SAVED, org.paperboy.library.Origin.PAGE);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  static void signIn(String email) {
    browser.get(site.server.url("/signin"));
    site.find("#email").sendKeys(email);
    site.find("form[action='/signin'] button[type=submit]").click();
    site.find("main h1");
    assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
    var messages = mail.getReceivedMessagesForDomain(email);
    String body = GreenMailUtil.getBody(messages[messages.length - 1]).replace("=\r\n", "");
    Matcher m = Pattern.compile("(http://\\S+/signin/confirm\\S+)").matcher(body);
    assertThat(m.find()).isTrue();
    browser.get(m.group(1).replace("=3D", "="));
    site.find("form[action='/signin/confirm'] button").click();
    site.find(".who .email");
  }

  @Test
  void thePagesShowTheListTheWeekAndTheChannelMasked() {
    browser.get(site.server.url("/labs/reading-group"));
    String text = site.find("main").getText();
    assertThat(text)
        .contains("Journal club")
        .contains("Saved by bob@labs.test")
        .contains("bob@labs.test")
        .contains("KV cache")
        .contains("slack");
    assertThat(browser.getPageSource()).doesNotContain("XYZ");
    browser.get(site.server.url("/papers/r05"));
    assertThat(site.find(".lab-lists").getText()).contains("Reading Group: Journal club");
  }

  @Test
  void axeFindsNothingSeriousOnTheLabPagesInEitherTheme() {
    List<String> problems = new ArrayList<>();
    for (String theme : List.of("light", "dark")) {
      browser.get(site.server.url("/about"));
      site.find("footer .theme button[value=" + theme + "]").click();
      site.find("html[data-theme=" + theme + "]");
      for (String path : PAGES) {
        browser.get(site.server.url(path));
        site.find("main");
        problems.addAll(axe(theme + " " + path));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void onAPhoneNoLabPageScrollsSideways() throws Exception {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      for (String path : PAGES) {
        browser.get(site.server.url(path));
        site.find("main");
        String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Files.write(
            SCREENSHOTS.resolve("phone-" + name + ".png"),
            browser.getScreenshotAs(OutputType.BYTES));
        Object sideways =
            browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue())
            .as(path + " scrolls sideways by")
            .isLessThanOrEqualTo(0);
      }
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  static List<String> axe(String where) {
    Results results =
        new AxeBuilder()
            .setLegacyMode(true)
            .setTimeout(120)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
    assertThat(results.isErrored()).as(where + ": " + results.getErrorMessage()).isFalse();
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
