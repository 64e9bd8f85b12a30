package org.paperboy.library;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteLibraryImportTest extends LibraryImportContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
