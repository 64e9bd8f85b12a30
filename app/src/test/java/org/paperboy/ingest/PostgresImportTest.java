package org.paperboy.ingest;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresImportTest extends ImportContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
