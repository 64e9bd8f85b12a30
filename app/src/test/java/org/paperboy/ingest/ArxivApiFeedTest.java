package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;

class ArxivApiFeedTest {
  @Test
  void readsAnArxivApiEntry() throws Exception {
    List<ParsedRecord> records = ArxivApi.parseFeed(Fixtures.bytes("arxiv-api.atom"), "api");
    Paper p = ((ParsedRecord.Parsed) records.getFirst()).paper();
    assertThat(p.id()).isEqualTo("2502.10517");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.title()).isEqualTo("KernelBench: Can LLMs Write Efficient GPU Kernels?");
    assertThat(p.authors()).containsExactly("Anne Ouyang", "Simon Guo");
    assertThat(p.categories()).containsExactly("cs.LG", "cs.AI");
    assertThat(p.published()).isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2025, 2, 19));
    assertThat(p.doi()).isEqualTo("10.48550/arXiv.2502.10517");
    assertThat(p.comments()).isEqualTo("preprint, 30 pages");
    assertThat(p.source()).isEqualTo("arxiv-api");
  }

  @Test
  void anApiErrorEntryIsARejection() throws Exception {
    String error =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>"
            + "<title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>";
    List<ParsedRecord> records = ArxivApi.parseFeed(error.getBytes(StandardCharsets.UTF_8), "api");
    assertThat(records)
        .containsExactly(
            new ParsedRecord.Rejected("api", "arXiv API error: incorrect id format for 1234"));
  }
}
