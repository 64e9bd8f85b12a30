package org.paperboy.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteImportTest extends ImportContract {
  @Override
  String databaseUrl(Path dir) {
    try {
      return Databases.sqlite(Files.createDirectories(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
