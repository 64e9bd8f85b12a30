package org.paperboy.library;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresLibraryTest extends LibraryContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
