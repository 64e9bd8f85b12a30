package org.paperboy.trending;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresTrendingTest extends TrendingContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
