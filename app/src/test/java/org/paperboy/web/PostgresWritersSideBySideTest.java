package org.paperboy.web;

import org.paperboy.testing.Databases;

class PostgresWritersSideBySideTest extends WritersSideBySideContract {
  @Override
  String dbUrl() {
    return Databases.freshPostgres();
  }
}
