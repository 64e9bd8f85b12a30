package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.ingest.Importer;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;

/**
 * The disk fills up while an import builds the index: the import stops, the database keeps what it
 * committed, the index its last commit, and the next run completes it.
 */
class FullDiskTest {
  @TempDir Path dir;

  /** A folder on a disk with no room left: every new file fails as Linux says it. */
  static final class Full extends FilterDirectory {
    Full(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      throw new IOException("write " + name + ": No space left on device");
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      throw new IOException("write " + prefix + ": No space left on device");
    }
  }

  @AfterEach
  void roomAgain() {
    SearchIndex.folders = d -> d;
  }

  Search search(Database db, PaperStore papers) {
    return new Search(db, papers, dir.resolve("index"), "bge-small-en-v1.5", () -> null);
  }

  static ImportSummary importWithIndex(Importer importer, Search search, Path file) {
    try (BulkIndex bulk = search.bulkIndex((where, reason) -> {})) {
      ImportSummary summary =
          importer.importFiles(
              List.of(file.toString()), Format.AUTO, ImportListener.SILENT, bulk::add);
      bulk.finish();
      return summary;
    }
  }

  @Test
  void aFullDiskStopsTheImportAndLeavesTheOldIndexAndTheRerunCompletesIt() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path("arxiv-kaggle-sample.jsonl"));
    Path first = Files.write(dir.resolve("first.jsonl"), lines.subList(0, 120));
    Path rest = Files.write(dir.resolve("rest.jsonl"), lines.subList(120, 200));
    try (Database db = Database.open(Databases.sqlite(dir))) {
      PaperStore papers = new PaperStore(db);
      Importer importer = new Importer(papers);
      try (Search search = search(db, papers)) {
        importWithIndex(importer, search, first);
        assertThat(search.stats().indexed()).isEqualTo(120);
      }

      SearchIndex.folders = Full::new;
      try (Search search = search(db, papers)) {
        assertThatThrownBy(() -> importWithIndex(importer, search, rest))
            .hasStackTraceContaining("No space left on device");
      } catch (RuntimeException closing) {
        // Lucene may refuse to close a writer the full disk broke: nothing more is written
      }
      assertThat(papers.count()).isEqualTo(200); // every batch the database took is kept

      SearchIndex.folders = d -> d;
      try (Search search = search(db, papers)) {
        assertThat(search.stats().indexed()).isEqualTo(120); // the last commit, intact
        assertThat(search.catchUp()).isEqualTo(80); // what a rerun does first
        importWithIndex(importer, search, rest); // and the rerun itself: nothing left
        assertThat(search.stats().indexed()).isEqualTo(200);
      }
    }
  }
}
