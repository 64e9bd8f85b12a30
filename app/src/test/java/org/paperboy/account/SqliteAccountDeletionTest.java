package org.paperboy.account;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteAccountDeletionTest extends AccountDeletionContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
