package org.paperboy.signals;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresSignalsTest extends SignalsRoundContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
