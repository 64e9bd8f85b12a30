package org.paperboy.library;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresLibraryImportTest extends LibraryImportContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
