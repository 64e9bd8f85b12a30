package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;

class OaiPmhParserTest {
  private final List<ParsedRecord> records = new ArrayList<>();

  private OaiPmhParser.Page parse(String fixture) throws Exception {
    return OaiPmhParser.parse(
        new ByteArrayInputStream(Fixtures.bytes(fixture)), fixture, records::add);
  }

  private Paper paper(int i) {
    return ((ParsedRecord.Parsed) records.get(i)).paper();
  }

  @Test
  void readsArxivFormatRecordsDeletionsAndTheResumptionToken() throws Exception {
    OaiPmhParser.Page page = parse("oai-arxiv-page1.xml");
    assertThat(page.resumptionToken()).isEqualTo("token-page-2");
    assertThat(page.hasMore()).isTrue();
    assertThat(page.responseDate()).isEqualTo("2025-03-02T10:00:00Z");
    assertThat(page.records()).isEqualTo(3);

    Paper p = paper(0);
    assertThat(p.id()).isEqualTo("2502.10517");
    assertThat(p.title()).isEqualTo("KernelBench: Can LLMs Write Efficient GPU Kernels?");
    assertThat(p.abstractText())
        .isEqualTo(
            "Efficient GPU kernels are crucial for building performant machine learning architectures, and we measure $\\mathcal{O}(n^2)$ speedups.");
    assertThat(p.authors()).containsExactly("Anne Ouyang", "Simon Guo", "Christopher Ré Jr");
    assertThat(p.categories()).containsExactly("cs.LG", "cs.AI", "cs.PF");
    assertThat(p.published()).isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2025, 2, 19));
    assertThat(p.license()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");

    assertThat(records.get(1)).isInstanceOf(ParsedRecord.Skipped.class);
    assertThat(records.get(2))
        .isEqualTo(
            new ParsedRecord.Rejected(
                "oai-arxiv-page1.xml:26 (record 3) oai:arXiv.org:2502.99999", "missing abstract"));
  }

  @Test
  void anEmptyResumptionTokenEndsTheList() throws Exception {
    OaiPmhParser.Page page = parse("oai-arxiv-page2.xml");
    assertThat(page.hasMore()).isFalse();
    assertThat(paper(0).id()).isEqualTo("quant-ph/0101001");
    assertThat(paper(0).doi()).isEqualTo("10.1000/xyz");
  }

  @Test
  void readsArxivRawWithItsVersionHistory() throws Exception {
    parse("oai-arxivraw.xml");
    Paper p = paper(0);
    assertThat(p.id()).isEqualTo("0704.0001");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.published()).isEqualTo(LocalDate.of(2007, 4, 2));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2007, 7, 24));
    assertThat(p.authors())
        .containsExactly("C. Bal\\'azs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan");
    assertThat(p.title())
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
  }

  @Test
  void readsDublinCore() throws Exception {
    parse("oai-dc.xml");
    Paper p = paper(0);
    assertThat(p.id()).isEqualTo("0704.0002");
    assertThat(p.authors()).containsExactly("Ileana Streinu", "Louis Theran");
    assertThat(p.abstractText())
        .isEqualTo("We describe a new algorithm, the $(k,\\ell)$-pebble game with colors.");
    assertThat(p.published()).isEqualTo(LocalDate.of(2007, 3, 30));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2008, 12, 13));
  }

  @Test
  void reportsTheRepositorysError() throws Exception {
    OaiPmhParser.Page page = parse("oai-error.xml");
    assertThat(page.error())
        .isEqualTo(new OaiPmhParser.OaiError("badArgument", "Illegal argument 'foo'"));
    assertThat(page.error().toString())
        .isEqualTo("OAI-PMH error badArgument: Illegal argument 'foo'");
  }

  @Test
  void refusesXmlThatIsNotOaiPmh() {
    byte[] rss = "<?xml version=\"1.0\"?><rss><channel/></rss>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> OaiPmhParser.parse(new ByteArrayInputStream(rss), "feed.xml", records::add))
        .hasMessage("feed.xml: not an OAI-PMH response (root element <rss>)");
  }

  @Test
  void keepsTheRecordsBeforeTheXmlBreaksOff() {
    String whole = new String(Fixtures.bytes("oai-arxiv-page1.xml"), StandardCharsets.UTF_8);
    byte[] cut =
        whole
            .substring(0, whole.indexOf("<record>", whole.indexOf("</record>")) + 20)
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> OaiPmhParser.parse(new ByteArrayInputStream(cut), "cut.xml", records::add))
        .hasMessageContaining("malformed XML after 1 records");
    assertThat(records).hasSize(1);
  }
}
