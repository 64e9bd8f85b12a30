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
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.ListEntry;
import org.paperboy.lab.ReadingList;
import org.paperboy.library.ApiToken;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.people.Followed;
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
      Map<String, Map<String, Object>> personalCalls =
          Map.of(
              "save_paper", Map.of("id", "r01"),
              "follow_author", Map.of("name", "Ying Sheng"),
              "following", Map.of(),
              "lab_lists", Map.of(),
              "add_to_lab_list", Map.of("lab", "a", "list", "b", "id", "r01"));
      for (var tool : personalCalls.keySet()) {
        CallToolResult personal = call(client, tool, personalCalls.get(tool));
        assertThat(personal.isError()).as(tool).isTrue();
        assertThat(text(personal)).as(tool).contains("personal API token");
      }
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

  @Test
  void followingAnAuthorShowsTheNameInFollowingUntilUndone() {
    ApiToken.Created token = token("follower@mcp.test");
    String user = server.app().library().userForToken(token.secret()).orElseThrow();
    try (McpSyncClient client = McpClients.http(base(), token.secret())) {
      client.initialize();
      assertThat(structured(call(client, "following", Map.of()))).containsEntry("count", 0);

      CallToolResult followed = call(client, "follow_author", Map.of("name", "  Ying   Sheng "));
      assertThat(followed.isError()).as(text(followed)).isFalse();
      assertThat(text(followed)).startsWith("Following Ying Sheng");
      assertThat(structured(followed))
          .containsEntry("name", "Ying Sheng")
          .containsEntry("following", true)
          .containsEntry("changed", true);
      assertThat((Integer) structured(followed).get("papers")).isPositive();
      assertThat(structured(call(client, "follow_author", Map.of("name", "Ying Sheng"))))
          .containsEntry("changed", false);
      assertThat(server.app().people().following(user))
          .extracting(Followed::name)
          .containsExactly("Ying Sheng");

      CallToolResult following = call(client, "following", Map.of());
      assertThat(McpClients.list(following, "following"))
          .extracting(m -> m.get("name"))
          .containsExactly("Ying Sheng");
      assertThat(text(following)).contains("Ying Sheng", "/authors/Ying%20Sheng");

      CallToolResult undone =
          call(client, "follow_author", Map.of("name", "Ying Sheng", "undo", true));
      assertThat(structured(undone)).containsEntry("following", false);
      assertThat(server.app().people().following(user)).isEmpty();
      assertThat(McpClients.list(call(client, "following", Map.of()), "following")).isEmpty();
    }
  }

  @Test
  void aPaperGoesOnTheCallersLabListAndAForeignLabIsRefused() {
    Labs labs = server.app().labs();
    Library library = server.app().library();
    ApiToken.Created token = token("member@mcp.test");
    String user = library.userForToken(token.secret()).orElseThrow();
    Lab mine = labs.create("MCP Readers", "", user);
    ReadingList club = labs.lists().create(mine, "Journal club");
    Lab theirs = labs.create("MCP Strangers", "", library.userIdFor("stranger@mcp.test"));
    ReadingList secret = labs.lists().create(theirs, "Secret");
    try (McpSyncClient client = McpClients.http(base(), token.secret())) {
      client.initialize();
      CallToolResult mineListed = call(client, "lab_lists", Map.of());
      assertThat(McpClients.list(mineListed, "labs"))
          .extracting(m -> m.get("slug"))
          .containsExactly("mcp-readers");
      assertThat(text(mineListed)).contains("MCP Readers", "journal-club").doesNotContain("MCP S");

      Map<String, Object> add =
          Map.of("lab", "mcp-readers", "list", "journal-club", "id", "r02", "note", "for Friday");
      CallToolResult added = call(client, "add_to_lab_list", add);
      assertThat(added.isError()).as(text(added)).isFalse();
      assertThat(structured(added))
          .containsEntry("on_list", true)
          .containsEntry("papers", 1)
          .containsEntry("list_name", "Journal club");
      List<ListEntry> entries = labs.lists().entries(labs.lists().find(mine, club.slug()));
      assertThat(entries).extracting(e -> e.paper().id()).containsExactly("r02");
      assertThat(entries.getFirst().note()).isEqualTo("for Friday");

      CallToolResult foreign =
          call(
              client,
              "add_to_lab_list",
              Map.of("lab", "mcp-strangers", "list", "secret", "id", "r02"));
      assertThat(foreign.isError()).isTrue();
      assertThat(text(foreign)).contains("no lab at /labs/mcp-strangers");
      assertThat(labs.lists().entries(secret)).isEmpty();

      CallToolResult removed =
          call(
              client,
              "add_to_lab_list",
              Map.of("lab", "mcp-readers", "list", "journal-club", "id", "r02", "undo", true));
      assertThat(structured(removed)).containsEntry("on_list", false).containsEntry("papers", 0);
      assertThat(labs.lists().entries(club)).isEmpty();
    }
  }

  @Test
  void thePeopleAndLabToolsSayWhatIsWrongWithTheirArguments() {
    Labs labs = server.app().labs();
    ApiToken.Created token = token("careless@mcp.test");
    String user = server.app().library().userForToken(token.secret()).orElseThrow();
    labs.lists().create(labs.create("MCP Careless", "", user), "Later");
    Map<String, Object> ok = Map.of("lab", "mcp-careless", "list", "later", "id", "r01");
    try (McpSyncClient client = McpClients.http(base(), token.secret())) {
      client.initialize();
      Map<String, Map<Map<String, Object>, String>> bad =
          Map.of(
              "follow_author",
              Map.of(
                  Map.of(), "name",
                  Map.of("name", "   "), "name",
                  Map.of("name", "x".repeat(301)), "name",
                  Map.of("name", 7), "name",
                  Map.of("name", "Ying Sheng", "undo", "yes"), "undo"),
              "add_to_lab_list",
              Map.of(
                  Map.of("lab", "mcp-careless", "id", "r01"), "list",
                  with(ok, "id", "9999.99999"), "No paper with id 9999.99999",
                  with(ok, "list", "nope"), "no list at nope",
                  with(ok, "lab", "nowhere"), "no lab at /labs/nowhere",
                  with(ok, "note", "two\nlines"), "one line",
                  with(ok, "note", "n".repeat(201)), "note",
                  with(ok, "undo", true), "does not hold r01",
                  with(ok, "colour", "red"), "colour"),
              "following",
              Map.of(Map.of("limit", 3), "limit"));
      bad.forEach(
          (tool, cases) ->
              cases.forEach(
                  (args, word) -> {
                    CallToolResult r = call(client, tool, args);
                    assertThat(r.isError()).as(tool + args).isTrue();
                    assertThat(text(r)).as(tool + args).contains(word).doesNotContain("at org.");
                  }));
    }
  }

  private static Map<String, Object> with(Map<String, Object> args, String key, Object value) {
    Map<String, Object> out = new java.util.HashMap<>(args);
    out.put(key, value);
    return out;
  }
}
