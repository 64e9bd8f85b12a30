package org.paperboy.mcp;

/**
 * A call that cannot be answered, with a message for the model: what was wrong and how to ask
 * instead. Becomes a tool result with {@code isError}, never a stack trace.
 */
final class ToolError extends RuntimeException {
  ToolError(String message) {
    super(message, null, false, false);
  }
}
