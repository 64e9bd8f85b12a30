package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperboy.testing.BrowserSite;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.TestServer;

/** Math, accessibility (axe-core) and phones, in a real headless chromium. */
class ReaderPagesBrowserTest {
  static final Clock TODAY = Clock.fixed(Instant.parse("2024-02-08T12:00:00Z"), ZoneOffset.UTC);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @BeforeEach
  void freshVisitor() {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    browser.get(server.url("/about"));
    browser.manage().deleteAllCookies();
  }

  /** Opens a page and waits for its math to be rendered. */
  void open(String path) {
    browser.get(server.url(path));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-math", "done"));
  }

  WebElement find(String css) {
    return site.find(css);
  }

  int count(String css) {
    return browser.findElements(By.cssSelector(css)).size();
  }

  @Test
  void formulasRenderInTitlesAbstractsAndHighlightedSnippets() {
    open("/papers/t01");
    assertThat(count(".paper h1 .katex")).isEqualTo(1);
    assertThat(count(".full-abstract .katex")).isGreaterThanOrEqualTo(4);
    assertThat(count(".full-abstract .katex-display")).isEqualTo(1);
    assertThat(count(".katex-error")).isZero();
    String text = find(".full-abstract").getText();
    assertThat(text).contains("$\\notacommand{x}$ here").contains("a lone $5 price");
    assertThat(text).doesNotContain("$\\alpha$").doesNotContain("\\emph");

    open("/papers/t03");
    assertThat(find(".full-abstract").getText()).contains("as Schrödinger might");

    open("/?window=week");
    assertThat(count("#paper-t01 h3 .katex")).isEqualTo(1);

    open("/search?q=alpha+weighted&mode=keyword");
    assertThat(count(".snippet mark .katex")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void hostileTexRendersAsTextOrHarmlessMathAndNeverFreezesThePage() {
    long started = System.nanoTime();
    open("/papers/t02");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    Object links =
        browser.executeScript(
            "return Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length;");
    assertThat(links).isEqualTo(0L);
    assertThat(count(".katex a, .katex [href]")).isZero();
    Object tallest =
        browser.executeScript(
            "return Math.max(0, ...Array.from(document.querySelectorAll('.katex'))"
                + ".map(k => k.getBoundingClientRect().height));");
    assertThat(((Number) tallest).doubleValue()).isLessThan(400);
    assertThat(find(".paper h1").getText()).contains("click me");
    // the page still answers to script after rendering all of it
    assertThat(browser.executeScript("return 1 + 1;")).isEqualTo(2L);
  }

  @Test
  void anAbstractOfAHundredThousandFormulasRendersAHundredAndStaysText() {
    server
        .app()
        .papers()
        .upsert(
            java.util.List.of(
                org.paperboy.testing.Fixtures.paper(
                    "t99", "Many formulas", "$x_1$ ".repeat(100_000), "2024-02-05")));
    open("/papers/t99");
    assertThat(count(".full-abstract .katex")).isEqualTo(100);
    assertThat(find(".full-abstract").getText()).contains("$x_1$");
    assertThat(browser.executeScript("return document.getElementsByTagName('*').length;"))
        .satisfies(n -> assertThat(((Number) n).longValue()).isLessThan(20_000));
  }

  @Test
  void axeFindsNothingSeriousOnAnyPageInTheLightOrTheDarkTheme() {
    List<String> problems = new ArrayList<>();
    for (String theme : List.of("light", "dark")) {
      theme(theme);
      for (String path :
          List.of("/", "/search?q=merging", "/papers/t01", "/signin", "/papers?date=2024-02-05")) {
        open(path);
        problems.addAll(axe(theme + " " + path));
      }
    }
    subscribeAndSignIn("reader@lab.org");
    for (String theme : List.of("light", "dark")) {
      theme(theme);
      open("/settings");
      problems.addAll(axe(theme + " /settings"));
      browser.get(server.url("/digest/preview"));
      find("body table");
      problems.addAll(axe(theme + " /digest/preview"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void onAPhoneNoPageScrollsSidewaysAndTheBoxesAreUsable() throws Exception {
    subscribeAndSignIn("phone@lab.org");
    phone();
    for (String path :
        List.of(
            "/",
            "/papers?date=2024-02-05",
            "/search?q=merging",
            "/papers/t01",
            "/papers/t02",
            "/about",
            "/signin",
            "/settings",
            "/digest/preview")) {
      browser.get(server.url(path));
      find("body");
      String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      Files.write(
          SCREENSHOTS.resolve("phone-" + (name.isEmpty() ? "front" : name) + ".png"),
          browser.getScreenshotAs(OutputType.BYTES));
      Object sideways =
          browser.executeScript(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) sideways).intValue())
          .as(path + " scrolls sideways by")
          .isLessThanOrEqualTo(0);
    }
    browser.get(server.url("/"));
    for (String css : List.of("header input[name=q]", "#subscribe-email")) {
      WebElement box = find(css);
      assertThat(box.getRect().getWidth()).as(css).isGreaterThanOrEqualTo(150);
      assertThat(box.getRect().getX() + box.getRect().getWidth()).as(css).isLessThanOrEqualTo(390);
      box.sendKeys("typed");
      assertThat(box.getDomProperty("value")).isEqualTo("typed");
    }
  }

  @Test
  void theKeyboardOpensFoldedAuthorsInPlace() {
    open("/?window=week");
    WebElement summary = find("#paper-t01 details.more-authors summary");
    assertThat(find("#paper-t01 details.more-authors").getDomProperty("open")).isEqualTo("false");
    browser.executeScript("arguments[0].focus();", summary);
    summary.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(find("#paper-t01 details.more-authors").getDomProperty("open")).isEqualTo("true");
    assertThat(find("#paper-t01 details.more-authors").getText()).contains("Ed Fifth");
  }

  void phone() {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
  }

  void theme(String theme) {
    open("/about");
    find("footer .theme button[value=" + theme + "]").click();
    find("html[data-theme=" + theme + "]");
  }

  List<String> axe(String where) {
    Results results =
        new AxeBuilder()
            .setLegacyMode(true) // one frame, no iframes: axe.run at once
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

  /** Subscribes through the box on every page, confirms by mail, then signs in by mail. */
  void subscribeAndSignIn(String email) {
    open("/");
    find("#subscribe-email").sendKeys(email);
    find(".subscribe button[type=submit]").click();
    find("main h1");
    String confirm = link(mailTo(email, 1), "/subscribe/confirm");
    browser.get(confirm);
    find("form[action='/subscribe/confirm'] button").click();
    find(".settings");

    browser.get(server.url("/signin"));
    find("#email").sendKeys(email);
    find("form[action='/signin'] button[type=submit]").click();
    find("main h1");
    browser.get(link(mailTo(email, 2), "/signin/confirm"));
    find("form[action='/signin/confirm'] button").click();
    find(".who .email");
  }

  String mailTo(String email, int count) {
    assertThat(mail.waitForIncomingEmail(10_000, count)).isTrue();
    var messages = mail.getReceivedMessagesForDomain(email);
    return GreenMailUtil.getBody(messages[messages.length - 1]);
  }

  static String link(String body, String path) {
    Matcher m =
        Pattern.compile("(http://\\S+" + Pattern.quote(path) + "\\S+)")
            .matcher(body.replace("=\r\n", ""));
    assertThat(m.find()).as(body).isTrue();
    return m.group(1).replace("=3D", "=");
  }
}
