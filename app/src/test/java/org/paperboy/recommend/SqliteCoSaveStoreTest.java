package org.paperboy.recommend;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteCoSaveStoreTest extends CoSaveStoreContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
