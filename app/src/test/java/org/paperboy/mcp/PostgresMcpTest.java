package org.paperboy.mcp;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;

class PostgresMcpTest extends McpHttpContract {
  @TempDir static Path dir;

  @BeforeAll
  static void startServer() {
    start(dir, Databases.freshPostgres());
  }
}
