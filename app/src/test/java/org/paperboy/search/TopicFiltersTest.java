package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.paper.Venue;

/** Digest topics can use source:, cat: with a bioRxiv category, and venue:. */
class TopicFiltersTest {
  static Paper paper(String id, String title, String source, String category, Venue venue) {
    return new Paper(
        id,
        1,
        title,
        "About " + title + ".",
        List.of("A. Author"),
        List.of(category),
        LocalDate.of(2026, 11, 5),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        source,
        null,
        venue);
  }

  @Test
  void filtersWorkInTopics() {
    List<Paper> papers =
        List.of(
            paper("10.1101-2026.11.05.1", "Neurons in zebrafish", "biorxiv", "neuroscience", null),
            paper(
                "2511.00001",
                "Neurons in transformers",
                "oai",
                "cs.LG",
                new Venue("ICLR 2026", "ICLR.cc/2026/Conference", "Oral", Venue.OPENREVIEW)),
            paper("2511.00002", "Sparse attention", "oai", "cs.LG", null));
    try (TopicMatcher m = new TopicMatcher(papers, Map.of(), t -> new float[t.size()][1], 0.5)) {
      assertThat(m.match("source:biorxiv", 10))
          .extracting(TopicMatcher.Match::paperId)
          .containsExactly("10.1101-2026.11.05.1");
      assertThat(m.match("neurons source:arxiv", 10))
          .extracting(TopicMatcher.Match::paperId)
          .containsExactly("2511.00001");
      assertThat(m.match("neurons venue:ICLR", 10))
          .extracting(TopicMatcher.Match::paperId)
          .containsExactly("2511.00001");
      assertThat(m.match("venue:\"iclr 2026\"", 10))
          .extracting(TopicMatcher.Match::paperId)
          .containsExactly("2511.00001");
      assertThat(m.match("cat:neuroscience", 10)).hasSize(1);
      assertThat(m.match("venue:NeurIPS", 10)).isEmpty();
    }
  }
}
