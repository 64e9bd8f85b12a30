package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.Venue;
import org.paperboy.testing.Databases;

/** An export keeps OpenReview's decisions and papers without abstracts; an import reads them. */
class VenueExportTest {
  @TempDir Path dir;

  @Test
  void decisionsAndOpenReviewPapersSurviveExportAndImport() throws Exception {
    Venue oral = new Venue("ICLR 2025", "ICLR.cc/2025/Conference", "Oral", Venue.OPENREVIEW);
    List<Paper> papers =
        List.of(
            new Paper(
                "2501.10001",
                1,
                "Sparse experts",
                "Abstract.",
                List.of("M. Chen"),
                List.of("cs.LG"),
                LocalDate.of(2025, 1, 2),
                null,
                null,
                null,
                null,
                null,
                Paper.Links.NONE,
                "oai",
                null,
                oral),
            new Paper(
                "openreview-NoAbStR03z",
                0,
                "No abstract",
                "",
                List.of("Z. Khan"),
                List.of(),
                LocalDate.of(2025, 1, 27),
                null,
                null,
                null,
                null,
                null,
                new Paper.Links("https://openreview.net/forum?id=NoAbStR03z", null, null, null),
                "openreview",
                null,
                oral));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Database db = Database.open(Databases.sqlite(Files.createDirectories(dir.resolve("a"))))) {
      PaperStore store = new PaperStore(db);
      store.upsert(papers);
      assertThat(new Exporter(store).export(out)).isEqualTo(2);
    }
    Path file = dir.resolve("export.jsonl");
    Files.write(file, out.toByteArray());
    try (Database db = Database.open(Databases.sqlite(Files.createDirectories(dir.resolve("b"))))) {
      PaperStore store = new PaperStore(db);
      ImportSummary s =
          new Importer(store)
              .importFiles(List.of(file.toString()), Format.AUTO, ImportListener.SILENT);
      assertThat(s.added()).isEqualTo(2);
      assertThat(store.find("2501.10001").orElseThrow().venue()).isEqualTo(oral);
      Paper or = store.find("openreview-NoAbStR03z").orElseThrow();
      assertThat(or.abstractText()).isEmpty();
      assertThat(or.server()).isEqualTo("openreview");
      assertThat(or.venue()).isEqualTo(oral);
    }
  }
}
