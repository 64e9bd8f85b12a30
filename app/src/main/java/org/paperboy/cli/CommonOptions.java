package org.paperboy.cli;

import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import picocli.CommandLine.Option;

/** The options every command takes. */
final class CommonOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (default ./data; env PAPERBOY_DATA).")
  String data;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Database (default SQLite at DIR/paperboy.db; env PAPERBOY_DB_URL). A jdbc:postgresql: URL uses PostgreSQL.")
  String db;

  Config config() {
    return Config.of(data, db);
  }

  Paperboy open() {
    return Paperboy.open(config());
  }
}
