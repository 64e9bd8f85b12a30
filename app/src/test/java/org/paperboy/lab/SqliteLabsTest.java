package org.paperboy.lab;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteLabsTest extends LabsContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
