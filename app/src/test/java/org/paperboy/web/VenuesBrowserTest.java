package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.testing.BrowserSite;

/** The venue badge and the venue pages in a real headless chromium. */
class VenuesBrowserTest {
  @TempDir Path dir;

  static Paper paper(String id, String title, String source, String comments, String category) {
    return new Paper(
        id,
        1,
        title,
        "About " + title + ".",
        List.of("Ana Souza"),
        List.of(category),
        LocalDate.of(2025, 1, 20),
        null,
        null,
        null,
        comments,
        null,
        new Paper.Links("https://example.org/" + id, null, null, null),
        source,
        null);
  }

  @Test
  void theBadgeLeadsToTheVenueAndBioRxivPapersNameTheirServer() throws Exception {
    try (BrowserSite site =
        BrowserSite.start(dir, null, 0, org.paperboy.testing.MutableClock.ticking())) {
      String doi = PaperIds.fromDoi("10.1101/2026.11.05.600003");
      site.server
          .app()
          .papers()
          .upsert(
              List.of(
                  paper("2501.10001", "Sparse experts", "oai", "ICLR 2025 (oral)", "cs.LG"),
                  paper("2501.10003", "Dense experts", "oai", "Accepted at ICLR 2025", "cs.LG"),
                  paper(doi, "Circadian <b>pruning</b>", "biorxiv", null, "neuroscience")));
      site.server.app().search().catchUp();

      site.browser.get(site.server.url("/papers/2501.10001"));
      assertThat(site.find("h1 + p + p .venue").getText()).isEqualTo("ICLR 2025 · Oral");
      site.find(".venue").click();
      site.find("h1");
      assertThat(site.browser.getCurrentUrl()).endsWith("/venues/iclr-2025");
      List<String> headings =
          site.browser.findElements(By.cssSelector("h2")).stream().map(e -> e.getText()).toList();
      assertThat(headings).contains("Oral 1", "Accepted 1");
      List<String> problems = axe(site, "/venues/iclr-2025");

      site.browser.get(site.server.url("/papers/10.1101/2026.11.05.600003"));
      assertThat(site.find("h1").getText()).isEqualTo("Circadian <b>pruning</b>");
      assertThat(site.find(".actions").getText()).contains("bioRxiv");

      site.browser.get(site.server.url("/venues"));
      assertThat(site.find(".venues").getText()).contains("ICLR 2025");
      problems.addAll(axe(site, "/venues"));
      assertThat(problems).isEmpty();
    }
  }

  static List<String> axe(BrowserSite site, String where) {
    Results results =
        new AxeBuilder()
            .setLegacyMode(true)
            .setTimeout(120)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(site.browser);
    assertThat(results.isErrored()).as(where).isFalse();
    List<String> found = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
        found.add(
            where
                + ": "
                + r.getId()
                + " "
                + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getHtml())).toList());
      }
    }
    return found;
  }
}
