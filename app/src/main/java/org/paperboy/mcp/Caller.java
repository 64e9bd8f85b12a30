package org.paperboy.mcp;

/** Who calls a tool: a person, known by their personal API token, or anybody. */
record Caller(String userId) {
  static final Caller ANYBODY = new Caller(null);

  static final String NEEDS_TOKEN =
      "This tool acts for a person (their library, authors, labs): connect with a personal API"
          + " token (Authorization: Bearer pb_…, made on /settings/tokens; PAPERBOY_MCP_TOKEN or --user"
          + " for `paperboy mcp`).";

  boolean known() {
    return userId != null;
  }

  /** The person; a tool error for anybody else. */
  String person() {
    if (userId == null) {
      throw new ToolError(NEEDS_TOKEN);
    }
    return userId;
  }
}
