package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;

/**
 * The OpenAPI document and the server agree: every route the running server registers under {@code
 * /api/} is in the document with its method, and nothing else is; and the document is valid OpenAPI
 * 3 by a real parser.
 */
class OpenApiTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), null, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDocumentIsValidOpenApi() throws IOException {
    SwaggerParseResult result = parse();
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
  }

  @Test
  void theDocumentDescribesExactlyTheApiRoutesTheServerRegisters() throws IOException {
    Set<String> registered = new TreeSet<>();
    for (String route : server.web().routes()) {
      String path = route.substring(route.indexOf(' ') + 1);
      if (path.startsWith("/api/") && !route.startsWith("HEAD ") && !route.startsWith("OPTIONS ")) {
        registered.add(route);
      }
    }
    Set<String> documented = new TreeSet<>();
    OpenAPI api = parse().getOpenAPI();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(
                        (PathItem.HttpMethod m) ->
                            documented.add(m.name().toUpperCase(Locale.ROOT) + " " + path)));
    assertThat(registered).contains("GET /api/v1/library", "POST /api/v1/library");
    assertThat(registered).contains("GET /api/v1/for-you", "GET /api/v1/papers/{id}");
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void theServerServesTheSameDocument() throws Exception {
    var answer = server.client().get("/api/openapi.json");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(resource());
  }

  private static SwaggerParseResult parse() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(resource(), null, options);
  }

  private static String resource() throws IOException {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/web/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
