package org.paperboy.paper;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteSourcesStoreTest extends SourcesStoreContract {
  @Override
  String url(Path dir) {
    return Databases.sqlite(dir);
  }
}
