package org.paperboy.recommend;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresCoSaveStoreTest extends CoSaveStoreContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
