package org.paperboy.web;

import java.nio.file.Path;

class SqliteOpenReviewDoneWhenTest extends OpenReviewDoneWhenContract {
  @Override
  String dbUrl(Path dir) {
    return org.paperboy.testing.Databases.sqlite(dir);
  }
}
