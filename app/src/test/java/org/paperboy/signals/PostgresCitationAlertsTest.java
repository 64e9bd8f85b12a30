package org.paperboy.signals;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresCitationAlertsTest extends CitationAlertsContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
