package org.paperboy.people;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqlitePeopleTest extends PeopleContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
