package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;

/** The whole import path, run against each database Paperboy supports. */
abstract class ImportContract {
  @TempDir Path dir;
  Database db;
  PaperStore store;
  Importer importer;
  final List<String> rejections = new ArrayList<>();
  final ImportListener listener = (where, reason) -> rejections.add(where + ": " + reason);

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    store = new PaperStore(db);
    importer = new Importer(store);
  }

  @AfterEach
  void close() {
    db.close();
  }

  ImportSummary importFile(Path file) {
    return importer.importFiles(List.of(file.toString()), Format.AUTO, listener);
  }

  Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  static String kaggleLine(String id, String version, String title) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\""
        + title
        + "\",\"abstract\":\"  An abstract\\nover two lines.\\n\","
        + "\"authors\":\"A. One, B. Two\",\"categories\":\"cs.LG\",\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"}"
        + (version.equals("v2")
            ? ",{\"version\":\"v2\",\"created\":\"Tue, 24 Jul 2007 20:10:27 GMT\"}"
            : "")
        + "],\"update_date\":\""
        + (version.equals("v2") ? "2007-07-24" : "2007-04-02")
        + "\"}\n";
  }

  @Test
  void importsTheKaggleSampleAndTheSameFileTwiceChangesNothing() {
    ImportSummary first = importFile(Fixtures.path("arxiv-kaggle-sample.jsonl"));
    assertThat(first).isEqualTo(new ImportSummary(200, 0, 0, 0, 0, 0, 0));
    Paper before = store.find("0704.0001").orElseThrow();

    ImportSummary second = importFile(Fixtures.path("arxiv-kaggle-sample.jsonl"));
    assertThat(second).isEqualTo(new ImportSummary(0, 0, 200, 0, 0, 0, 0));
    assertThat(store.count()).isEqualTo(200);
    assertThat(store.find("0704.0001")).contains(before);
    assertThat(rejections).isEmpty();
  }

  @Test
  void aNewerVersionUpdatesThePaperAndAnOlderOneDoesNot() throws IOException {
    importFile(write("v1.jsonl", kaggleLine("0704.0001", "v1", "First title")));
    ImportSummary update =
        importFile(write("v2.jsonl", kaggleLine("0704.0001", "v2", "Second title")));
    assertThat(update.updated()).isEqualTo(1);
    Paper p = store.find("0704.0001").orElseThrow();
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.title()).isEqualTo("Second title");

    ImportSummary stale = importFile(dir.resolve("v1.jsonl"));
    assertThat(stale.unchanged()).isEqualTo(1);
    assertThat(store.find("0704.0001").orElseThrow().title()).isEqualTo("Second title");
  }

  @Test
  void duplicatesInsideOneFileCountOnce() throws IOException {
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < BatchWriter.BATCH_SIZE + 10; i++) {
      file.append(kaggleLine(String.format("0801.%05d", i), "v1", "Paper " + i));
    }
    file.append(kaggleLine("0801.00003", "v2", "Paper 3, second version")); // in a later batch
    file.append(
        kaggleLine(String.format("0801.%05d", BatchWriter.BATCH_SIZE + 1), "v1", "Same again"));
    ImportSummary s = importFile(write("dups.jsonl", file.toString()));
    assertThat(s.added()).isEqualTo(BatchWriter.BATCH_SIZE + 10);
    assertThat(s.updated() + s.unchanged()).isZero();
    assertThat(s.duplicates()).isEqualTo(2);
    assertThat(store.count()).isEqualTo(BatchWriter.BATCH_SIZE + 10);
    assertThat(store.find("0801.00003").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void badRecordsAreReportedWithLineAndReasonAndTheRestGoesIn() throws IOException {
    byte[] good1 = kaggleLine("0704.0001", "v1", "Good one").getBytes(StandardCharsets.UTF_8);
    byte[] malformed = "{\"id\":\"0704.0002\",\"title\":\n".getBytes(StandardCharsets.UTF_8);
    byte[] badUtf8 =
        kaggleLine("0704.0003", "v1", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    byte[] noTitle =
        "{\"id\":\"0704.0004\",\"abstract\":\"x\",\"versions\":[]}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] noAbstract =
        "{\"id\":\"0704.0005\",\"title\":\"x\",\"versions\":[]}\n".getBytes(StandardCharsets.UTF_8);
    byte[] good2 = kaggleLine("0704.0006", "v1", "Good two").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (byte[] line : Arrays.asList(good1, malformed, badUtf8, noTitle, noAbstract, good2)) {
        out.write(line);
      }
    }
    ImportSummary s = importFile(file);
    assertThat(s.added()).isEqualTo(2);
    assertThat(s.rejected()).isEqualTo(4);
    assertThat(s.clean()).isFalse();
    String name = file.toString();
    assertThat(rejections).hasSize(4);
    assertThat(rejections.get(0)).startsWith(name + ":2: malformed JSON");
    assertThat(rejections.get(1)).startsWith(name + ":3: invalid UTF-8");
    assertThat(rejections.get(2)).isEqualTo(name + ":4: missing title");
    assertThat(rejections.get(3)).isEqualTo(name + ":5: missing abstract");
  }

  @Test
  void aTruncatedGzipKeepsWhatCameBeforeTheBreak() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(Fixtures.path("arxiv-kaggle-sample.jsonl")));
    }
    byte[] whole = gz.toByteArray();
    Path file = dir.resolve("cut.jsonl.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    ImportSummary s = importFile(file);
    assertThat(s.failedFiles()).isEqualTo(1);
    assertThat(s.added()).isBetween(50L, 199L);
    assertThat(rejections).singleElement().asString().startsWith(file + ": truncated");
    assertThat(store.count()).isEqualTo(s.added());
  }

  @Test
  void anUnknownFormatOrMissingFileIsReportedAndOtherFilesStillGoIn() throws IOException {
    Path csv = write("papers.csv", "id,title\n1,x\n");
    ImportSummary s =
        importer.importFiles(
            List.of(
                csv.toString(),
                dir.resolve("missing.jsonl").toString(),
                Fixtures.path("oai-dc.xml").toString()),
            Format.AUTO,
            listener);
    assertThat(s.failedFiles()).isEqualTo(2);
    assertThat(s.added()).isEqualTo(1);
    assertThat(rejections.get(0)).contains("cannot tell the format");
    assertThat(rejections.get(1)).endsWith("missing.jsonl: no such file");
  }

  @Test
  void oaiFilesImportAndTheirErrorsAreReported() {
    ImportSummary s =
        importer.importFiles(
            List.of(
                Fixtures.path("oai-arxiv-page1.xml").toString(),
                Fixtures.path("oai-error.xml").toString()),
            Format.OAI,
            listener);
    assertThat(s.added()).isEqualTo(1);
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.failedFiles()).isEqualTo(1);
    assertThat(rejections.get(1))
        .endsWith("oai-error.xml: OAI-PMH error badArgument: Illegal argument 'foo'");
  }

  @Test
  void anExportImportsBackIntoAFreshStoreUnchanged() throws IOException {
    importFile(Fixtures.path("arxiv-kaggle-sample.jsonl"));
    importFile(Fixtures.path("oai-arxivraw.xml")); // updates 0704.0001 from another source
    Path export = dir.resolve("export.jsonl");
    try (OutputStream out = Files.newOutputStream(export)) {
      assertThat(new Exporter(store).export(out)).isEqualTo(200);
    }
    ImportSummary again = importFile(export);
    assertThat(again).isEqualTo(new ImportSummary(0, 0, 200, 0, 0, 0, 0));

    try (Database other = Database.open(databaseUrl(dir.resolve("other")))) {
      PaperStore copy = new PaperStore(other);
      new Importer(copy).importFiles(List.of(export.toString()), Format.JSONL, listener);
      List<Paper> original = new ArrayList<>();
      store.forEach(original::add);
      List<Paper> copied = new ArrayList<>();
      copy.forEach(copied::add);
      assertThat(copied).isEqualTo(original);
    }
  }
}
