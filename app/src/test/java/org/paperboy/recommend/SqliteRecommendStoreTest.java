package org.paperboy.recommend;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteRecommendStoreTest extends RecommendStoreContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
