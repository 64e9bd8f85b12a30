package org.paperboy.web;

import org.paperboy.testing.Databases;

class SqliteWritersSideBySideTest extends WritersSideBySideContract {
  @Override
  String dbUrl() {
    return Databases.sqlite(dir);
  }
}
