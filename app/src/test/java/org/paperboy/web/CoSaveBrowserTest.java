package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.paperboy.db.Sql;
import org.paperboy.testing.BrowserSite;

/** "Readers who saved this also saved" in a real headless chromium, with axe-core. */
class CoSaveBrowserTest {
  @TempDir static Path dir;
  static BrowserSite site;

  @BeforeAll
  static void start() throws Exception {
    site =
        BrowserSite.start(dir, "web-corpus.jsonl", 0, org.paperboy.testing.MutableClock.ticking());
    for (String r : List.of("r1", "r2", "r3")) {
      site.server
          .app()
          .database()
          .inTransaction(
              c -> {
                Sql.update(
                    c,
                    "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                    r,
                    r + "@example.org",
                    "2026-11-30T00:00:00Z");
                for (String p : List.of("r01", "r11", "r08")) {
                  Sql.update(
                      c,
                      "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                          + " VALUES (?, ?, 'saved', 'page', '2026-11-30T00:00:00Z')",
                      r,
                      p);
                }
                return null;
              });
    }
    site.server.app().recommendations().refreshCoSaves();
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void theSectionShowsTheCoSavedPapersWithTheirCountAndPassesAxe() {
    site.browser.get(site.server.url("/papers/r01"));
    assertThat(site.find("#also-saved-heading").getText())
        .isEqualTo("Readers who saved this also saved");
    List<String> titles =
        site
            .browser
            .findElements(By.cssSelector(".also-saved .card h3, .also-saved .card h2"))
            .stream()
            .map(e -> e.getText())
            .toList();
    String section = site.find(".also-saved").getText();
    assertThat(section).contains("Saved with this by 3 readers").doesNotContain("@example.org");
    assertThat(site.browser.findElements(By.cssSelector(".also-saved a[href='/papers/r11']")))
        .isNotEmpty();
    assertThat(site.browser.findElements(By.cssSelector(".also-saved a[href='/papers/r08']")))
        .isNotEmpty();
    assertThat(titles).doesNotContain(""); // every card has its title
    Results results =
        new AxeBuilder()
            .setLegacyMode(true)
            .setTimeout(120)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(site.browser);
    assertThat(results.isErrored()).isFalse();
    assertThat(
            results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Rule::getId))
        .isEmpty();

    site.browser.get(site.server.url("/papers/r05")); // nobody saved it with anything
    assertThat(site.browser.findElements(By.id("also-saved-heading"))).isEmpty();
  }
}
