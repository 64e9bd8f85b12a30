package org.paperboy.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Files made to cost: each is read in time linear in its size and bounded memory, and refused or
 * reported entry by entry, never with a crash.
 */
class HostileBibliographiesTest {

  private static Bibliography read(String text) throws Bibliography.Unreadable {
    return Formats.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFileOfNewlinesIsRefusedAsNoBibliography() {
    assertThatThrownBy(() -> read("x" + "\n".repeat(80_000)))
        .isInstanceOf(Bibliography.Unreadable.class)
        .hasMessageContaining("not BibTeX, RIS or CSL JSON");
    assertThatThrownBy(() -> read(" \n".repeat(2_000_000)))
        .isInstanceOf(Bibliography.Unreadable.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aBibtexEntryAfterManyBlankLinesIsStillFound() throws Exception {
    Bibliography b = read("\n".repeat(100_000) + "  @article{a, title={A title of a paper}}");
    assertThat(b.format()).isEqualTo(Bibliography.Format.BIBTEX);
    assertThat(b.entries()).hasSize(1);
  }

  @Test
  void stringMacrosThatExplodeMakeTheirEntryMalformedAndTheRestIsRead() throws Exception {
    StringBuilder bomb = new StringBuilder("@string{a0 = \"xxxxxxxxxx\"}\n");
    for (int i = 1; i <= 30; i++) {
      bomb.append("@string{a%d = a%d # a%d}\n".formatted(i, i - 1, i - 1));
    }
    bomb.append("@article{bomb, title = a30}\n");
    bomb.append("@article{fine, title = {Attention Is All You Need}, eprint={1706.03762}}\n");
    Bibliography b = read(bomb.toString());
    assertThat(b.entries()).extracting(Entry::where).containsExactly("entry fine");
    assertThat(b.malformed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.where()).isEqualTo("entry bomb");
              assertThat(p.reason()).contains("longer than 10000 characters");
            });
  }

  @Test
  void macrosWithinTheFieldLimitStopAtOneMegabyteInAll() throws Exception {
    StringBuilder file = new StringBuilder("@string{m = \"" + "y".repeat(9_000) + "\"}\n");
    for (int i = 0; i < 200; i++) {
      file.append("@misc{e%d, title = m}\n".formatted(i));
    }
    Bibliography b = read(file.toString());
    assertThat(b.entries().size()).isBetween(100, 120);
    assertThat(b.malformed()).isNotEmpty();
    assertThat(b.malformed().getFirst().reason()).contains("more than 1 MB");
  }

  @Test
  void deepNestingIsRefusedSayingWhere() {
    assertThatThrownBy(() -> read("@article{a, title={" + "{".repeat(100_000) + "}}"))
        .isInstanceOf(Bibliography.Unreadable.class)
        .hasMessageContaining("Line 1")
        .hasMessageContaining("nested deeper than 64");
    assertThatThrownBy(() -> read("[".repeat(200_000)))
        .isInstanceOf(Bibliography.Unreadable.class)
        .hasMessageContaining("deeper than 64");
  }

  @Test
  void risContinuationLinesAreJoinedInLinearTime() throws Exception {
    StringBuilder ris = new StringBuilder("TY  - JOUR\nTI  - A title that goes on\n");
    ris.append("and on\n".repeat(150_000));
    ris.append("ER  - \n");
    Bibliography b = read(ris.toString());
    assertThat(b.entries()).singleElement();
    assertThat(b.entries().getFirst().title()).hasSizeLessThanOrEqualTo(Expansion.MAX_FIELD);
  }

  @Test
  void aMillionLinesOutsideRecordsAreCountedNotAllListed() throws Exception {
    Bibliography b = read("TY  - JOUR\nTI  - One\nER  - \n" + "stray\n".repeat(1_000_000));
    assertThat(b.malformed()).hasSize(Bibliography.LISTED);
    assertThat(b.malformedCount()).isEqualTo(1_000_000);
  }
}
