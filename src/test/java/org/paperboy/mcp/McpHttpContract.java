package org.paperboy.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperboy.mcp.McpClients.call;
import static org.paperboy.mcp.McpClients.ids;
import static org.paperboy.mcp.McpClients.structured;
import static org.paperboy.mcp.McpClients.text;
import static org.paperboy.mcp.McpClients.toolNames;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.paperboy.library.ApiToken;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.testing.TestServer;

/**
 * The MCP server in {@code serve}, through the official Java SDK's client over Streamable HTTP:
 * public tools for anybody, a person's tools with their token, state written to the database.
 */
abstract class McpHttpContract {
  static TestServer server;

  static void start(Path dir, String dbUrl) {
    server = TestServer.start(dir, dbUrl, "web-corpus.jsonl", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String base() {
    return server.url("");
  }

  static ApiToken.Created token(String email) {
    Library library = server.app().library();
    return library.createToken(library.userIdFor(email), "assistant");
  }

  @Test
  void withoutATokenOnlyThePublicToolsAreListedEachWithSchemas() {
    try (McpSyncClient client = McpClients.http(base(), null)) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("paperboy");
      assertThat(init.capabilities().tools()).isNotNull();
      assertThat(init.instructions()).contains("search_papers");
      assertThat(toolNames(client)).isEqualTo(McpClients.PUBLIC);
      for (McpSchema.Tool t : client.listTools().tools()) {
        assertThat(t.description()).as(t.name()).hasSizeGreaterThan(60);
        assertThat(t.inputSchema()).containsEntry("type", "object");
        assertThat(t.outputSchema()).as(t.name()).containsEntry("type", "object");
      }
      assertThat(client.listResourceTemplates().resourceTemplates())
          .extracting(McpSchema.ResourceTemplate::uriTemplate)
          .containsExactly("paper://{id}");
    }
  }

  @Test
  void eachPublicToolAnswersWithTextAndStructuredContent() {
    try (McpSyncClient client = McpClients.http(base(), null)) {
      client.initialize();
      CallToolResult search =
          call(client, "search_papers", Map.of("query", "KV cache", "mode", "keyword"));
      assertThat(search.isError()).isFalse();
      assertThat(ids(search, "results")).contains("r11", "r01");
      assertThat(text(search)).contains("papers match “KV cache”", "r11");
      assertThat(structured(search)).containsEntry("mode", "keyword").containsKey("total");

      CallToolResult paper = call(client, "get_paper", Map.of("id", "r01"));
      assertThat(paper.isError()).isFalse();
      assertThat(structured(paper))
          .containsEntry(
              "title",
              "High-throughput generative inference of large language"
                  + " models with a single GPU")
          .containsKeys("abstract", "authors", "links", "signals", "similar");
      assertThat(text(paper)).startsWith("# High-throughput").contains("## Abstract");

      CallToolResult old = call(client, "get_paper", Map.of("id", "quant-ph/0101001v2"));
      assertThat(structured(old)).containsEntry("id", "quant-ph/0101001");

      CallToolResult similar = call(client, "similar_papers", Map.of("id", "r01", "limit", 3));
      assertThat(similar.isError()).isFalse();
      assertThat(ids(similar, "results")).hasSizeLessThanOrEqualTo(3).doesNotContain("r01");

      CallToolResult trending = call(client, "trending", Map.of("window", "month"));
      assertThat(trending.isError()).isFalse();
      assertThat(structured(trending)).containsEntry("window", "month").containsKey("results");

      CallToolResult daily =
          call(client, "daily", Map.of("date", "2023-03-13", "view", "month", "limit", 5));
      assertThat(daily.isError()).isFalse();
      assertThat(ids(daily, "results")).contains("r01");
      assertThat(structured(daily)).containsEntry("view", "month");
    }
  }

  @Test
  void aPaperReadsAsMarkdownFromItsResource() {
    try (McpSyncClient client = McpClients.http(base(), null)) {
      client.initialize();
      for (String uri : List.of("paper://r03", "paper://quant-ph%2F0101001")) {
        McpSchema.TextResourceContents md =
            (McpSchema.TextResourceContents)
                client.readResource(new McpSchema.ReadResourceRequest(uri)).contents().getFirst();
        assertThat(md.mimeType()).isEqualTo("text/markdown");
        assertThat(md.text()).startsWith("# ").contains("## Abstract");
      }
      assertThatThrownBy(
              () -> client.readResource(new McpSchema.ReadResourceRequest("paper://nope")))
          .hasMessageContaining("not found");
    }
  }

  @Test
  void badArgumentsAndUnknownToolsGetMessagesNeverAStackTrace() {
    try (McpSyncClient client = McpClients.http(base(), null)) {
      client.initialize();
      Map<Map<String, Object>, String> bad =
          Map.of(
              Map.of("query", "x", "limit", "ten"), "limit",
              Map.of("query", "x", "limit", 1000), "limit",
              Map.of("query", "x", "mode", "psychic"), "mode",
              Map.of("query", "x", "colour", "red"), "colour",
              Map.of("query", "x".repeat(1001)), "query",
              Map.of(), "query");
      bad.forEach(
          (args, word) -> {
            CallToolResult r = call(client, "search_papers", args);
            assertThat(r.isError()).as(args.toString()).isTrue();
            assertThat(text(r)).as(args.toString()).contains(word).doesNotContain("at org.");
          });
      CallToolResult missing = call(client, "get_paper", Map.of("id", "9999.99999"));
      assertThat(missing.isError()).isTrue();
      assertThat(text(missing)).contains("No paper with id 9999.99999");
      CallToolResult day = call(client, "daily", Map.of("date", "2023-02-30"));
      assertThat(day.isError()).isTrue();
      assertThat(text(day)).contains("date");
      CallToolResult odd = call(client, "search_papers", Map.of("query", "\"unclosed (( -"));
      assertThat(odd.isError()).isFalse();

      assertThatThrownBy(() -> call(client, "delete_everything", Map.of()))
          .hasMessageContaining("Unknown tool");
      CallToolResult personal = call(client, "save_paper", Map.of("id", "r01"));
      assertThat(personal.isError()).isTrue();
      assertThat(text(personal)).contains("personal API token");
    }
  }

  @Test
  void withATokenThePersonsToolsAreListedAndWriteTheirLibrary() {
    ApiToken.Created token = token("reader@mcp.test");
    Library library = server.app().library();
    String user = library.userForToken(token.secret()).orElseThrow();
    try (McpSyncClient client = McpClients.http(base(), token.secret())) {
      client.initialize();
      assertThat(toolNames(client)).isEqualTo(McpClients.ALL);
      for (String id : List.of("r01", "r02", "r03")) {
        CallToolResult saved = call(client, "save_paper", Map.of("id", id));
        assertThat(saved.isError()).isFalse();
        assertThat(structured(saved)).containsEntry("state", "saved");
      }
      assertThat(structured(call(client, "dismiss_paper", Map.of("id", "r10"))))
          .containsEntry("state", "dismissed");
      assertThat(library.ids(user, Mark.SAVED)).containsExactlyInAnyOrder("r01", "r02", "r03");
      assertThat(library.ids(user, Mark.DISMISSED)).containsExactly("r10");

      CallToolResult saved = call(client, "library", Map.of());
      assertThat(ids(saved, "papers")).containsExactlyInAnyOrder("r01", "r02", "r03");
      assertThat(ids(call(client, "library", Map.of("state", "dismissed")), "papers"))
          .containsExactly("r10");
      assertThat(structured(call(client, "get_paper", Map.of("id", "r02"))))
          .containsEntry("library", "saved");

      CallToolResult forYou = call(client, "for_you", Map.of("window", "month", "limit", 5));
      assertThat(forYou.isError()).as(text(forYou)).isFalse();
      assertThat(ids(forYou, "results")).doesNotContain("r01", "r02", "r03", "r10");

      CallToolResult undone = call(client, "save_paper", Map.of("id", "r03", "undo", true));
      assertThat(structured(undone)).containsEntry("state", "none");
      assertThat(library.ids(user, Mark.SAVED)).containsExactlyInAnyOrder("r01", "r02");
    }
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() {
    ApiToken.Created token = token("revoked@mcp.test");
    Library library = server.app().library();
    String user = library.userForToken(token.secret()).orElseThrow();
    try (McpSyncClient client = McpClients.http(base(), token.secret())) {
      client.initialize();
      assertThat(toolNames(client)).contains("save_paper");
      assertThat(library.revokeToken(user, token.token().id())).isTrue();
      assertThatThrownBy(() -> call(client, "save_paper", Map.of("id", "r01")))
          .hasStackTraceContaining("Authorization error");
    }
    assertThat(library.ids(user, Mark.SAVED)).isEmpty();
    try (McpSyncClient client = McpClients.http(base(), token.secret())) {
      assertThatThrownBy(client::initialize).hasStackTraceContaining("Authorization error");
    }
  }
}
