package org.paperboy.account;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresAccountDeletionTest extends AccountDeletionContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
