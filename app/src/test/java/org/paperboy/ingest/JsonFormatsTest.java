package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;

class JsonFormatsTest {

  private static Paper parse(JsonLineFormat<?> format, String line) throws RecordException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return format.parse(bytes, 0, bytes.length);
  }

  @Test
  void readsEveryRecordOfTheKaggleSample() throws Exception {
    List<String> lines = Files.readAllLines(Fixtures.path("arxiv-kaggle-sample.jsonl"));
    KaggleFormat format = new KaggleFormat();
    for (String line : lines) {
      Paper p = parse(format, line);
      assertThat(p.title()).doesNotContain("\n").doesNotStartWith(" ");
      assertThat(p.abstractText()).doesNotContain("\n").doesNotStartWith(" ");
      assertThat(p.published()).isNotNull();
    }
    assertThat(lines).hasSize(200);
  }

  @Test
  void mapsEveryKaggleField() throws Exception {
    String first = Files.readAllLines(Fixtures.path("arxiv-kaggle-sample.jsonl")).getFirst();
    Paper p = parse(new KaggleFormat(), first);
    assertThat(p.id()).isEqualTo("0704.0001");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.title())
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(p.abstractText())
        .startsWith(
            "A fully differential calculation in perturbative quantum chromodynamics is presented");
    assertThat(p.authors())
        .containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan");
    assertThat(p.categories()).containsExactly("hep-ph");
    assertThat(p.published()).isEqualTo(LocalDate.of(2007, 4, 2));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2008, 11, 26));
    assertThat(p.doi()).isEqualTo("10.1103/PhysRevD.76.013009");
    assertThat(p.journalRef()).isEqualTo("Phys.Rev.D76:013009,2007");
    assertThat(p.comments()).isEqualTo("37 pages, 15 figures; published version");
    assertThat(p.links().abs()).isEqualTo("https://arxiv.org/abs/0704.0001");
    assertThat(p.links().pdf()).isEqualTo("https://arxiv.org/pdf/0704.0001");
    assertThat(p.source()).isEqualTo("kaggle");
  }

  @Test
  void primaryCategoryComesFirst() throws Exception {
    Paper p =
        parse(
            new KaggleFormat(),
            "{\"id\":\"0704.0002\",\"title\":\"T\",\"abstract\":\"A\",\"categories\":\"math.CO cs.CG\"}");
    assertThat(p.categories()).containsExactly("math.CO", "cs.CG");
    assertThat(p.primaryCategory()).isEqualTo("math.CO");
  }

  @Test
  void beirIdBecomesThePaperId() throws Exception {
    Paper p =
        parse(
            new BeirFormat(),
            "{\"_id\": \"4983\", \"title\": \"Microstructural development\", \"text\": \"Alterations of the\\n architecture.\", \"metadata\": {}}");
    assertThat(p.id()).isEqualTo("4983");
    assertThat(p.title()).isEqualTo("Microstructural development");
    assertThat(p.abstractText()).isEqualTo("Alterations of the architecture.");
    assertThat(p.source()).isEqualTo("beir");
  }

  @Test
  void paperboyFormatReadsSeedListsAsTheyAre() throws Exception {
    Paper p =
        parse(
            new PaperboyFormat(),
            "{\"arxiv_id\": \"2305.14806\", \"title\": \"AWESOME\", \"authors\": [\"Shuyang Cao\", \"Lu Wang\"], \"published\": \"2023-05-24\", \"primary_category\": \"cs.CL\", \"code_url\": \"https://github.com/x/y\", \"abstract\": \"Long documents.\"}");
    assertThat(p.id()).isEqualTo("2305.14806");
    assertThat(p.authors()).containsExactly("Shuyang Cao", "Lu Wang");
    assertThat(p.categories()).containsExactly("cs.CL");
    assertThat(p.published()).isEqualTo(LocalDate.of(2023, 5, 24));
    assertThat(p.links().code()).isEqualTo("https://github.com/x/y");
    assertThat(p.links().abs()).isEqualTo("https://arxiv.org/abs/2305.14806");
  }

  @Test
  void aRecordWithoutIdGetsAStableIdFromItsTitle() throws Exception {
    String line =
        "{\"arxiv_id\": null, \"title\": \"Crypto Miner Attack\", \"abstract\": \"RCE.\"}";
    Paper a = parse(new PaperboyFormat(), line);
    Paper b = parse(new PaperboyFormat(), line.replace("Crypto Miner", "crypto  miner"));
    assertThat(a.id()).startsWith("t-").isEqualTo(b.id());
  }

  @Test
  void refusesRecordsWithoutTitleOrAbstractSayingWhich() {
    assertThatThrownBy(() -> parse(new KaggleFormat(), "{\"id\":\"0704.0001\",\"abstract\":\"A\"}"))
        .hasMessage("missing title");
    assertThatThrownBy(
            () ->
                parse(
                    new KaggleFormat(),
                    "{\"id\":\"0704.0001\",\"title\":\"T\",\"abstract\":\"  \"}"))
        .hasMessage("missing abstract");
    assertThatThrownBy(() -> parse(new BeirFormat(), "{\"title\":\"T\",\"text\":\"A\"}"))
        .hasMessage("missing id");
  }

  @Test
  void explainsMalformedJsonAndBadUtf8() {
    assertThatThrownBy(() -> parse(new KaggleFormat(), "{\"id\":\"0704.0001\",\"title\":"))
        .hasMessageStartingWith("malformed JSON");
    byte[] bad =
        "{\"id\":\"1\",\"title\":\"caf\u00e9\",\"text\":\"x\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new BeirFormat().parse(bad, 0, bad.length))
        .hasMessageStartingWith("invalid UTF-8");
    assertThatThrownBy(() -> parse(new KaggleFormat(), "[1, 2]"))
        .hasMessageStartingWith("unexpected JSON");
    assertThatThrownBy(
            () ->
                parse(
                    new KaggleFormat(),
                    "{\"id\":\"0704.0001\",\"title\":\"T\",\"abstract\":\"A\",\"update_date\":\"yesterday\"}"))
        .hasMessage("bad date 'yesterday'");
  }

  @Test
  void readsArxivVersionDates() throws RecordException {
    assertThat(Dates.parse("Mon, 2 Apr 2007 19:18:42 GMT")).isEqualTo(LocalDate.of(2007, 4, 2));
    assertThat(Dates.parse("2025-02-14T18:00:00Z")).isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(Dates.parse("2008-11-13")).isEqualTo(LocalDate.of(2008, 11, 13));
  }

  @Test
  void aFirstRecordOverAMegabyteIsToldByItsFirstFields() throws IOException {
    String huge = "x".repeat(2 * 1024 * 1024);
    String kaggle = "{\"id\":\"0704.0001\",\"submitter\":\"A\",\"abstract\":\"" + huge + "\"}\n";
    assertThat(Inputs.detect(Inputs.prepare(new java.io.ByteArrayInputStream(kaggle.getBytes()))))
        .isEqualTo(Format.KAGGLE);
    String jsonl = "{\"id\":\"1\",\"abstract\":\"" + huge + "\"}\n{\"id\":\"2\"}\n";
    assertThat(Inputs.detect(Inputs.prepare(new java.io.ByteArrayInputStream(jsonl.getBytes()))))
        .isEqualTo(Format.JSONL);
  }

  @Test
  void toldApartByContent() throws IOException {
    assertThat(
            Inputs.detect(
                Inputs.prepare(Files.newInputStream(Fixtures.path("arxiv-kaggle-sample.jsonl")))))
        .isEqualTo(Format.KAGGLE);
    assertThat(Inputs.detect(Inputs.prepare(Files.newInputStream(Fixtures.path("oai-dc.xml")))))
        .isEqualTo(Format.OAI);
    assertThat(
            Inputs.detect(
                Inputs.prepare(new java.io.ByteArrayInputStream("{\"_id\":\"1\"}\n".getBytes()))))
        .isEqualTo(Format.BEIR);
    assertThat(
            Inputs.detect(
                Inputs.prepare(new java.io.ByteArrayInputStream("\n{\"id\":\"1\"}\n".getBytes()))))
        .isEqualTo(Format.JSONL);
    assertThatThrownBy(
            () ->
                Inputs.detect(
                    Inputs.prepare(new java.io.ByteArrayInputStream("id,title\n1,x\n".getBytes()))))
        .hasMessageContaining("cannot tell the format");
  }
}
