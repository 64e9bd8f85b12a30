package org.paperboy.channel;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteChannelTest extends ChannelContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }
}
