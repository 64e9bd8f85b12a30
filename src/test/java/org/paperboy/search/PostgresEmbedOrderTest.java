package org.paperboy.search;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresEmbedOrderTest extends EmbedOrderContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
