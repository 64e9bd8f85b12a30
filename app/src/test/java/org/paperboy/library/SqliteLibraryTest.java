package org.paperboy.library;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteLibraryTest extends LibraryContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
