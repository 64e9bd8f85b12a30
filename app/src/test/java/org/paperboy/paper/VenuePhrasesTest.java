package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VenuePhrasesTest {
  @Test
  void commentsNameAConferenceAndItsDecision() {
    assertThat(VenuePhrases.stated(null, "Accepted at NeurIPS 2025"))
        .isEqualTo(new Venue("NeurIPS 2025", null, null, Venue.COMMENTS));
    assertThat(VenuePhrases.stated(null, "12 pages. ICLR 2026 (oral)"))
        .isEqualTo(new Venue("ICLR 2026", null, "Oral", Venue.COMMENTS));
    assertThat(VenuePhrases.stated(null, "To appear in CVPR'24, highlight").name())
        .isEqualTo("CVPR 2024");
    assertThat(VenuePhrases.stated(null, "Camera-ready for the NIPS 2017 workshop").name())
        .isEqualTo("NeurIPS 2017 Workshop");
    assertThat(VenuePhrases.stated(null, "Findings of EMNLP 2024").name())
        .isEqualTo("Findings of EMNLP 2024");
  }

  @Test
  void aSubmissionIsNoVenue() {
    assertThat(VenuePhrases.stated(null, "Submitted to ICLR 2026")).isNull();
    assertThat(VenuePhrases.stated(null, "Under review at NeurIPS 2025; 9 pages")).isNull();
    assertThat(VenuePhrases.stated(null, "Under review. Accepted at ICML 2025").name())
        .isEqualTo("ICML 2025");
    assertThat(VenuePhrases.stated(null, "10 pages, 3 figures")).isNull();
    assertThat(VenuePhrases.stated(null, "Tested on the chinese2020 dataset")).isNull();
  }

  @Test
  void journalRefNamesTheJournal() {
    assertThat(VenuePhrases.stated("Phys. Rev. D 101, 012345 (2020)", "Accepted at ICML 2025"))
        .isEqualTo(new Venue("Phys. Rev. D 2020", null, null, Venue.JOURNAL_REF));
    assertThat(
            VenuePhrases.stated(
                    "Proceedings of the 42nd International Conference on Machine Learning"
                        + " (ICML 2025)",
                    null)
                .name())
        .isEqualTo("ICML 2025");
  }

  @Test
  void hostileTextIsDropped() {
    Venue v = new Venue("<script>ICLR</script> 2025\u0007\u202e", null, "Oral\u0000", "comments");
    assertThat(v.name()).doesNotContain("<", ">", "\u0007", "\u202e");
    assertThat(v.decision()).isEqualTo("Oral");
    assertThat(new Venue("ICLR 2025", null, "Oral", "openreview").label())
        .isEqualTo("ICLR 2025 · Oral");
    assertThat(new Venue("ICLR 2025", null, "Oral", "openreview").reason())
        .isEqualTo("accepted at ICLR 2025 (oral)");
    assertThat(new Venue("ICLR 2025", null, "Oral", "openreview").series()).isEqualTo("iclr");
    assertThat(new Venue("ICLR 2025", null, "Oral", "openreview").key()).isEqualTo("iclr-2025");
  }

  @Test
  void reasonsMentionTheVenue() {
    Paper p =
        new Paper(
            "2501.1",
            1,
            "T",
            "A",
            null,
            null,
            null,
            null,
            null,
            null,
            "ICLR 2025 (oral)",
            null,
            null,
            "oai",
            null);
    assertThat(Venue.withVenue("like a paper you saved", p))
        .isEqualTo("like a paper you saved; accepted at ICLR 2025 (oral)");
    assertThat(Venue.withVenue("#3 trending", p.withVenue(null).withVenue(null)))
        .endsWith("accepted at ICLR 2025 (oral)");
    Paper none =
        new Paper(
            "2501.2", 1, "T", "A", null, null, null, null, null, null, null, null, null, "oai",
            null);
    assertThat(Venue.withVenue("#3 trending", none)).isEqualTo("#3 trending");
  }

  @Test
  void doiIdsGoBothWays() {
    String id = PaperIds.fromDoi("10.1101/2026.11.05.123456");
    assertThat(id).isEqualTo("10.1101-2026.11.05.123456");
    assertThat(PaperIds.problem(id)).isNull();
    assertThat(PaperIds.toDoi(id)).isEqualTo("10.1101/2026.11.05.123456");
    assertThat(PaperIds.canonical("10.1101/2026.11.05.123456")).isEqualTo(id);
    assertThat(PaperIds.canonical("quant-ph/0101001")).isEqualTo("quant-ph/0101001");
    assertThat(PaperIds.path(id)).isEqualTo(id);
    assertThat(PaperIds.fromOpenReview("aBc-12_x")).isEqualTo("openreview-aBc-12_x");
    assertThat(PaperIds.fromOpenReview("../x")).isNull();
    assertThat(TitleKey.of("Attention Is  All You Need: $\\mathcal{O}(n)$ Café!"))
        .isEqualTo("attention is all you need mathcal o n cafe");
    assertThat(TitleKey.surname("Ashish  Vaswani")).isEqualTo("vaswani");
  }
}
