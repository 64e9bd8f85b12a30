package org.paperboy.signals;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteSignalsTest extends SignalsRoundContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
