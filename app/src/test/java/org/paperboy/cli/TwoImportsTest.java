package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestApp;

/**
 * Two imports started together into one fresh folder: neither fails (no lock error, no "index has
 * no commit yet"), and the index ends up holding the papers of both, whichever owned it.
 */
class TwoImportsTest {
  @TempDir Path dir;

  @Test
  void twoImportsIntoOneFreshFolderBothSucceedAndTheIndexHoldsBoth() throws Exception {
    Path a = papers("a", 1500);
    Path b = papers("b", 1500);
    String url = Databases.sqlite(dir);
    Process first = importer(a, url, "first.log");
    Process second = importer(b, url, "second.log");
    assertThat(first.waitFor(4, TimeUnit.MINUTES)).isTrue();
    assertThat(second.waitFor(4, TimeUnit.MINUTES)).isTrue();
    String logs =
        Files.readString(dir.resolve("first.log")) + Files.readString(dir.resolve("second.log"));
    assertThat(first.exitValue()).as(logs).isZero();
    assertThat(second.exitValue()).as(logs).isZero();
    try (var directory = FSDirectory.open(dir.resolve("index"));
        var reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).as(logs).isEqualTo(3000);
    }
  }

  private Process importer(Path file, String url, String log) throws Exception {
    return TestApp.cli(
            dir.resolve(log).toFile(),
            "import",
            "--data",
            dir.toString(),
            "--db",
            url,
            file.toString())
        .start();
  }

  private Path papers(String prefix, int n) throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("{\"id\":\"")
          .append(prefix)
          .append(i)
          .append("\",\"title\":\"Paper ")
          .append(i)
          .append("\",\"abstract\":\"About imports that run together.\",")
          .append(
              "\"authors\":[\"A. B\"],\"categories\":[\"cs.DB\"],\"published\":\"2024-01-02\"}\n");
    }
    Path file = dir.resolve(prefix + ".jsonl");
    Files.writeString(file, s);
    return file;
  }
}
