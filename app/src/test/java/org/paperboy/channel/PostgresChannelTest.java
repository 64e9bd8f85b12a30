package org.paperboy.channel;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class PostgresChannelTest extends ChannelContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }
}
