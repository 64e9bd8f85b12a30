package org.paperboy.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;

/** The index's folder: whether what is there can be used, and removing a folder left behind. */
final class IndexFiles {
  private IndexFiles() {}

  /** Why the index cannot be used as it is, or null when it can. */
  static String check(Directory directory, String model) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return "no search index yet";
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        String built = reader.getIndexCommit().getUserData().get(SearchIndex.MODEL);
        return model.equals(built)
            ? null
            : "the index was built with embedding model " + built + ", not " + model;
      }
    } catch (IndexNotFoundException e) {
      return "no search index yet";
    } catch (IOException | RuntimeException e) {
      return "the search index is unreadable (" + e.getMessage() + ")";
    }
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
