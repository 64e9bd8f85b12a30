package org.paperboy.web;

import java.nio.file.Path;

class PostgresOpenReviewDoneWhenTest extends OpenReviewDoneWhenContract {
  @Override
  String dbUrl(Path dir) {
    return org.paperboy.testing.Databases.freshPostgres();
  }
}
