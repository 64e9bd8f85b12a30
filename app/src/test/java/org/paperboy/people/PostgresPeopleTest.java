package org.paperboy.people;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresPeopleTest extends PeopleContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
