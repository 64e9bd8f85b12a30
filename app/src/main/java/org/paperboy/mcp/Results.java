package org.paperboy.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/** Tool results: Markdown text for the model plus the same facts as structured content. */
final class Results {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private Results() {}

  static CallToolResult ok(String text, Object structured) {
    return CallToolResult.builder()
        .addTextContent(text)
        .structuredContent(MAPPER.convertValue(structured, MAP))
        .isError(false)
        .build();
  }

  /** A call that could not be answered: the message says what was wrong. */
  static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }
}
