package org.paperboy.ingest;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresOpenReviewHarvestTest extends OpenReviewHarvestContract {
  @Override
  String url(Path dir) {
    return Databases.freshPostgres();
  }
}
