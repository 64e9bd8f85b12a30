package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.paper.Paper;
import org.paperboy.search.SearchRequest.Mode;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestApp;

/** The index follows the database: across instances, beside the owner, and after damage. */
class IndexFollowTest {
  @TempDir Path dir;

  static List<String> keyword(Paperboy app, String query) {
    return app.search().search(SearchRequest.of(query, Mode.KEYWORD, 10)).hits().stream()
        .map(h -> h.paper().id())
        .toList();
  }

  @Test
  void twoInstancesOnOnePostgresEachIndexWhatTheOtherAdds() {
    String url = Databases.freshPostgres();
    try (Paperboy a = TestApp.open(dir.resolve("a"), url);
        Paperboy b = TestApp.open(dir.resolve("b"), url)) {
      TestApp.load(a, "relevance-corpus.jsonl", false);
      assertThat(keyword(a, "surface codes")).containsExactly("r04");
      assertThat(keyword(b, "surface codes")).isEmpty();
      b.search().catchUp(); // what the server does every few seconds
      assertThat(keyword(b, "surface codes")).containsExactly("r04");
      assertThat(b.search().stats().indexed()).isEqualTo(12);
    }
  }

  @Test
  void aSecondProcessOnTheSameFolderReadsAndLeavesIndexingToTheOwner() {
    try (Paperboy owner = TestApp.open(dir, null)) {
      assertThat(owner.search().ownsIndex()).isTrue();
      try (Paperboy cli = TestApp.open(dir, null)) {
        assertThat(cli.search().ownsIndex()).isFalse();
        TestApp.load(cli, "relevance-corpus.jsonl", false); // writes the database only
        assertThat(keyword(cli, "surface codes")).isEmpty();
        owner.search().catchUp();
        cli.search().catchUp(); // a reader just refreshes to the owner's last commit
        assertThat(keyword(cli, "surface codes")).containsExactly("r04");
      }
    }
  }

  @Test
  void aCorruptIndexIsRebuiltFromTheDatabaseAtStart() throws IOException {
    try (Paperboy app = TestApp.open(dir, null)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
    }
    try (Stream<Path> files = Files.list(dir.resolve("index"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.write(f, new byte[] {1, 2, 3});
        }
      }
    }
    try (Paperboy app = TestApp.open(dir, null)) {
      assertThat(keyword(app, "surface codes")).containsExactly("r04");
    }
  }

  @Test
  void aMissingIndexIsRebuiltAndRebuildStartsOver() throws IOException {
    try (Paperboy app = TestApp.open(dir, null)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
    }
    try (Stream<Path> files = Files.list(dir.resolve("index"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    try (Paperboy app = TestApp.open(dir, null)) {
      assertThat(app.search().stats().indexed()).isEqualTo(12);
      // a rebuild stopped midway left its folder behind: the next one starts afresh
      Files.createDirectories(dir.resolve("index.next"));
      Files.writeString(dir.resolve("index.next").resolve("_0.cfs"), "half a segment");
      assertThat(app.search().rebuild()).isEqualTo(12);
      assertThat(dir.resolve("index.next")).doesNotExist();
      assertThat(app.search().stats().indexed()).isEqualTo(12);
      assertThat(keyword(app, "surface codes")).containsExactly("r04");
    }
    // the rebuilt index is the one found at the next start, complete
    try (Paperboy app = TestApp.open(dir, null)) {
      assertThat(app.search().stats().indexed()).isEqualTo(12);
      assertThat(keyword(app, "surface codes")).containsExactly("r04");
    }
  }

  @Test
  void anUnfinishedRebuildIsClearedAtStartAndTheIndexIsLeftAsItWas() throws IOException {
    try (Paperboy app = TestApp.open(dir, null)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
    }
    Files.createDirectories(dir.resolve("index.next"));
    Files.writeString(dir.resolve("index.next").resolve("segments_1"), "not an index");
    try (Paperboy app = TestApp.open(dir, null)) {
      assertThat(dir.resolve("index.next")).doesNotExist();
      assertThat(app.search().stats().indexed()).isEqualTo(12);
    }
  }

  @Test
  void theEmbeddingJobStopsAndContinuesWhereItStopped() {
    try (Paperboy app = TestApp.open(dir, null)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
      assertThat(app.search().stats().waitingForEmbedding()).isEqualTo(12);
      assertThat(app.search().embed(5, (done, total, rate) -> {})).isEqualTo(5);
      assertThat(app.search().stats().waitingForEmbedding()).isEqualTo(7);
      assertThat(app.search().embed(Long.MAX_VALUE, (done, total, rate) -> {})).isEqualTo(7);
      assertThat(app.search().stats().waitingForEmbedding()).isZero();
      assertThat(app.search().stats().embedded()).isEqualTo(12);
      Paper p = app.papers().find("r04").orElseThrow();
      app.papers().upsert(List.of(p)); // unchanged: its vector stays good
      assertThat(app.search().stats().waitingForEmbedding()).isZero();
      Paper revised =
          new Paper(
              p.id(),
              p.version() + 1,
              p.title(),
              p.abstractText() + " Revised.",
              p.authors(),
              p.categories(),
              p.published(),
              p.updated(),
              p.doi(),
              p.journalRef(),
              p.comments(),
              p.license(),
              p.links(),
              p.source(),
              null);
      app.papers().upsert(List.of(revised)); // a changed abstract needs a new vector
      assertThat(app.search().stats().waitingForEmbedding()).isEqualTo(1);
    }
  }
}
