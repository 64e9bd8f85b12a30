package org.paperboy.recommend;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresRecommendStoreTest extends RecommendStoreContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
