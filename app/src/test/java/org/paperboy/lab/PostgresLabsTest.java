package org.paperboy.lab;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresLabsTest extends LabsContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
