package org.paperboy.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The official Java SDK's client, as an assistant would use it against Paperboy. */
final class McpClients {
  private McpClients() {}

  /** A client of {@code base/mcp} over Streamable HTTP; {@code token} null for none. */
  static McpSyncClient http(String base, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder(base)
            .endpoint("/mcp")
            .requestBuilder(request)
            .build();
    return McpClient.sync(transport)
        .clientInfo(new McpSchema.Implementation("paperboy-tests", "1"))
        .requestTimeout(Duration.ofSeconds(60))
        .initializationTimeout(Duration.ofSeconds(60))
        .build();
  }

  static List<String> toolNames(McpSyncClient client) {
    return client.listTools().tools().stream().map(McpSchema.Tool::name).sorted().toList();
  }

  static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
    return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
  }

  static String text(CallToolResult r) {
    return ((McpSchema.TextContent) r.content().getFirst()).text();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> structured(CallToolResult r) {
    return (Map<String, Object>) r.structuredContent();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(CallToolResult r, String field) {
    return (List<Map<String, Object>>) structured(r).get(field);
  }

  /** The ids of the papers in a list field, each under {@code paper} or the item itself. */
  @SuppressWarnings("unchecked")
  static List<String> ids(CallToolResult r, String field) {
    return list(r, field).stream()
        .map(m -> (Map<String, Object>) m.getOrDefault("paper", m))
        .map(m -> (String) m.get("id"))
        .toList();
  }

  static final List<String> PUBLIC =
      List.of("daily", "get_paper", "search_papers", "similar_papers", "trending");

  static final List<String> ALL =
      List.of(
          "add_to_lab_list",
          "daily",
          "dismiss_paper",
          "follow_author",
          "following",
          "for_you",
          "get_paper",
          "lab_lists",
          "library",
          "save_paper",
          "search_papers",
          "similar_papers",
          "trending");
}
