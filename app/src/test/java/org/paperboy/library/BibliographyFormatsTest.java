package org.paperboy.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.Fixtures;

/** Zotero-like exports in the three formats, read into entries with their ids. */
class BibliographyFormatsTest {

  static Bibliography read(String fixture) throws Exception {
    return Formats.read(Fixtures.bytes("library/" + fixture));
  }

  static Entry entry(Bibliography b, String whereContains) {
    return b.entries().stream()
        .filter(e -> e.where().contains(whereContains))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + whereContains + " in " + b.entries()));
  }

  @Test
  void bibtexFromZoteroJabrefAndScholarGivesArxivIdsDoisAndUnicodeTitles() throws Exception {
    Bibliography b = read("zotero.bib");
    assertThat(b.format()).isEqualTo(Bibliography.Format.BIBTEX);
    assertThat(entry(b, "vaswani_attention_2017").arxivId()).isEqualTo("1706.03762");
    assertThat(entry(b, "vaswani_attention_2017").title()).isEqualTo("Attention Is All You Need");
    assertThat(entry(b, "vaswani_attention_2017").authors())
        .containsExactly("Ashish Vaswani", "Noam Shazeer", "Niki Parmar");
    Entry kernel = entry(b, "ouyang_kernelbench_2025");
    assertThat(kernel.arxivId()).isEqualTo("2502.10517");
    assertThat(kernel.doi()).isEqualTo("10.48550/arxiv.2502.10517");
    assertThat(entry(b, "dao2022flashattention").arxivId()).isEqualTo("2205.14135");
    Entry schrodinger = entry(b, "schrodinger_journal_1935");
    assertThat(schrodinger.arxivId()).isNull();
    assertThat(schrodinger.doi()).isEqualTo("10.1007/bf01491891");
    assertThat(schrodinger.title()).isEqualTo("Die gegenwärtige Situation in der Quantenmechanik");
    assertThat(schrodinger.authors()).containsExactly("Erwin Schrödinger");
    assertThat(entry(b, "kwon_paged_2023").arxivId()).isNull();
    assertThat(entry(b, "missing_2024").arxivId()).isEqualTo("2401.99999");
    assertThat(entry(b, "hostile_2024").title()).contains("<script>");
  }

  @Test
  void aMalformedBibtexEntryIsReportedWithItsLineAndTheOthersAreRead() throws Exception {
    Bibliography b = read("zotero.bib");
    assertThat(b.malformed()).hasSize(1);
    assertThat(b.malformed().getFirst().where()).startsWith("line ");
    assertThat(b.malformed().getFirst().reason()).startsWith("malformed BibTeX");
    assertThat(b.entries()).extracting(Entry::where).doesNotContain("entry broken_entry_2020");
    assertThat(b.entries())
        .extracting(Entry::where)
        .contains("entry missing_2024", "entry hostile_2024");
  }

  @Test
  void risRecordsContinueLongLinesAndAnUnclosedRecordIsReported() throws Exception {
    Bibliography b = read("zotero.ris");
    assertThat(b.format()).isEqualTo(Bibliography.Format.RIS);
    assertThat(b.entries()).hasSize(4);
    Entry first = b.entries().getFirst();
    assertThat(first.arxivId()).isEqualTo("1706.03762");
    assertThat(first.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
    assertThat(b.entries().get(1).doi()).isEqualTo("10.1007/bf01491891");
    assertThat(b.entries().get(1).authors()).containsExactly("Erwin Schrödinger");
    assertThat(b.entries().get(2).arxivId()).isEqualTo("2205.14135");
    assertThat(b.entries().get(3).title()).startsWith("Efficient Memory Management");
    assertThat(b.malformed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.where()).isEqualTo("record at line 32");
              assertThat(p.reason()).contains("no ER line before line 35");
            });
  }

  @Test
  void cslJsonItemsFromZoteroAreReadAndANonObjectItemIsReported() throws Exception {
    Bibliography b = read("zotero.json");
    assertThat(b.format()).isEqualTo(Bibliography.Format.CSL_JSON);
    assertThat(b.entries()).hasSize(4);
    assertThat(b.entries().getFirst().arxivId()).isEqualTo("1706.03762");
    assertThat(b.entries().getFirst().authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
    assertThat(b.entries().get(1).doi()).isEqualTo("10.1007/bf01491891");
    assertThat(b.entries().get(2).arxivId()).isEqualTo("2205.14135");
    assertThat(b.entries().get(2).authors()).containsExactly("Tri Dao");
    assertThat(b.malformed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.where()).isEqualTo("item 4");
              assertThat(p.reason()).isEqualTo("not a JSON object");
            });
  }

  @Test
  void arxivIdsAreFoundInEveryPlaceReferenceManagersPutThem() {
    assertThat(Identifiers.fromField("arXiv:2502.10517v2")).isEqualTo("2502.10517");
    assertThat(Identifiers.fromField("hep-th/9901001")).isEqualTo("hep-th/9901001");
    assertThat(Identifiers.fromText("arXiv preprint arXiv:2205.14135")).isEqualTo("2205.14135");
    assertThat(Identifiers.fromText("arXiv:quant-ph/0101001 [quant-ph]"))
        .isEqualTo("quant-ph/0101001");
    assertThat(Identifiers.fromUrl("https://arxiv.org/pdf/2205.14135v2.pdf"))
        .isEqualTo("2205.14135");
    assertThat(Identifiers.fromDoi(Identifiers.doi("https://doi.org/10.48550/ARXIV.1706.03762")))
        .isEqualTo("1706.03762");
    assertThat(Identifiers.fromText("Journal of Things 12(3)")).isNull();
    assertThat(Identifiers.titleKey("{FlashAttention}: Fast, memory-efficient!"))
        .isEqualTo(Identifiers.titleKey("Flashattention fast memory efficient"));
  }

  @Test
  void filesThatAreNotBibliographiesAreRefusedWithAReason() {
    assertThatThrownBy(() -> Formats.read(new byte[0]))
        .isInstanceOf(Bibliography.Unreadable.class)
        .hasMessage("The file is empty.");
    assertThatThrownBy(() -> Formats.read("  \n\n ".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("The file is empty.");
    assertThatThrownBy(() -> Formats.read(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}))
        .hasMessageContaining("not a text file");
    assertThatThrownBy(() -> Formats.read("Dear reviewer, ...".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("This is not BibTeX, RIS or CSL JSON");
    assertThatThrownBy(() -> Formats.read("[{\"title\": ".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> Formats.read("% only a comment\n@comment{x}".getBytes()))
        .hasMessageContaining("holds no entries");
  }

  @Test
  void exportsKeepBibtexBalancedAndNameArxivPapersTheWayZoteroReadsThem() throws Exception {
    var p =
        new org.paperboy.paper.Paper(
            "2502.10517",
            2,
            "KernelBench: {unbalanced GPU kernels",
            "Abstract with } a brace",
            List.of("Anne Ouyang", "Simon Guo"),
            List.of("cs.LG"),
            java.time.LocalDate.parse("2025-02-14"),
            null,
            "10.48550/arXiv.2502.10517",
            null,
            null,
            null,
            org.paperboy.paper.Paper.Links.NONE,
            "test",
            null);
    String bib = BibtexExport.write(List.of(p, p));
    assertThat(bib)
        .contains("@misc{ouyang2025kernelbench,")
        .contains("@misc{ouyang2025kernelbencha,");
    assertThat(bib).contains("title = {KernelBench: unbalanced GPU kernels}");
    assertThat(bib).contains("author = {Ouyang, Anne and Guo, Simon}");
    assertThat(bib).contains("eprint = {2502.10517}").contains("archivePrefix = {arXiv}");
    Bibliography back = BibtexReader.read(bib);
    assertThat(back.malformed()).isEmpty();
    assertThat(back.entries())
        .extracting(Entry::arxivId)
        .containsExactly("2502.10517", "2502.10517");
    Bibliography csl = CslJsonReader.read(CslJsonExport.write(List.of(p)));
    assertThat(csl.entries().getFirst().arxivId()).isEqualTo("2502.10517");
    assertThat(csl.entries().getFirst().authors()).containsExactly("Anne Ouyang", "Simon Guo");
  }
}
