package org.paperboy.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperboy.mcp.McpClients.call;
import static org.paperboy.mcp.McpClients.ids;
import static org.paperboy.mcp.McpClients.structured;
import static org.paperboy.mcp.McpClients.text;
import static org.paperboy.mcp.McpClients.toolNames;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.library.Mark;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestApp;

/**
 * {@code paperboy mcp} as a client starts it: a process of its own speaking over stdio, public
 * tools for anybody, a person's with {@code PAPERBOY_MCP_TOKEN} or {@code --user}.
 */
class McpStdioTest {
  @TempDir Path dir;

  /**
   * A server process ends after its client closes it, still writing its index as it stops: the
   * test's folder is deleted only once every server this test started has exited.
   */
  @AfterEach
  void serversExited() {
    ProcessHandle.current()
        .children()
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains("mcp")).orElse(false))
        .forEach(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
  }

  record Prepared(String user, String token) {}

  Prepared prepare(String dbUrl) {
    try (Paperboy app = TestApp.open(dir, dbUrl)) {
      TestApp.load(app, "web-corpus.jsonl", false);
      String user = app.library().userIdFor("stdio@mcp.test");
      return new Prepared(user, app.library().createToken(user, "desktop").secret());
    }
  }

  McpSyncClient start(String dbUrl, Map<String, String> env, String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "--enable-native-access=ALL-UNNAMED",
            "--add-modules",
            "jdk.incubator.vector",
            "org.paperboy.cli.Main",
            "mcp",
            "--data",
            dir.toString(),
            "--db",
            dbUrl));
    args.addAll(List.of(extra));
    ServerParameters params =
        ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .args(args)
            .env(env)
            .build();
    return McpClient.sync(
            new StdioClientTransport(params, new JacksonMcpJsonMapper(new ObjectMapper())))
        .requestTimeout(Duration.ofSeconds(60))
        .initializationTimeout(Duration.ofSeconds(90))
        .build();
  }

  void aPersonsToolsOverStdio(String dbUrl) {
    Prepared p = prepare(dbUrl);
    try (McpSyncClient client = start(dbUrl, Map.of("PAPERBOY_MCP_TOKEN", p.token()))) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("paperboy");
      assertThat(toolNames(client)).isEqualTo(McpClients.ALL);
      McpSchema.CallToolResult search =
          call(client, "search_papers", Map.of("query", "paged attention", "limit", 3));
      assertThat(search.isError()).as(text(search)).isFalse();
      assertThat(ids(search, "results")).contains("r02");
      assertThat(structured(call(client, "save_paper", Map.of("id", "r02"))))
          .containsEntry("state", "saved");
      assertThat(structured(call(client, "dismiss_paper", Map.of("id", "r10"))))
          .containsEntry("state", "dismissed");
      assertThat(ids(call(client, "library", Map.of()), "papers")).containsExactly("r02");
    }
    try (Paperboy app = TestApp.open(dir, dbUrl)) {
      assertThat(app.library().ids(p.user(), Mark.SAVED)).containsExactly("r02");
      assertThat(app.library().ids(p.user(), Mark.DISMISSED)).containsExactly("r10");
    }
  }

  @Test
  void withATokenOnSqlite() {
    aPersonsToolsOverStdio(Databases.sqlite(dir));
  }

  @Test
  void withATokenOnPostgres() {
    aPersonsToolsOverStdio(Databases.freshPostgres());
  }

  @Test
  void anybodyGetsThePublicToolsAndAnAccountByAddressGetsItsOwn() {
    String db = Databases.sqlite(dir);
    Prepared p = prepare(db);
    try (McpSyncClient client = start(db, Map.of())) {
      client.initialize();
      assertThat(toolNames(client)).isEqualTo(McpClients.PUBLIC);
      McpSchema.CallToolResult paper = call(client, "get_paper", Map.of("id", "r03"));
      assertThat(text(paper)).startsWith("# Fast and memory-efficient exact attention");
      McpSchema.CallToolResult refused = call(client, "for_you", Map.of());
      assertThat(refused.isError()).isTrue();
      assertThat(text(refused)).contains("personal API token");
    }
    try (McpSyncClient client = start(db, Map.of(), "--user", "stdio@mcp.test")) {
      client.initialize();
      assertThat(toolNames(client)).isEqualTo(McpClients.ALL);
      assertThat(call(client, "for_you", Map.of("window", "month")).isError()).isFalse();
    }
    assertThat(p.user()).isNotBlank();
  }
}
