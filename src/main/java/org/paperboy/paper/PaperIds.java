package org.paperboy.paper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Which ids a paper may have, and how they go into links. An id is printable text without spaces,
 * control or format characters (bidi overrides included) and without {@code ? # % \}; a slash only
 * where an old-style arXiv id has one ({@code quant-ph/0101001}).
 */
public final class PaperIds {
  public static final int MAX_LENGTH = 128;

  private PaperIds() {}

  /** Why the id is refused, or null when it is fine. */
  public static String problem(String id) {
    if (id == null || id.isEmpty()) {
      return "empty id";
    }
    if (id.length() > MAX_LENGTH) {
      return "id longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      int type = Character.getType(ch);
      if (Character.isWhitespace(ch)
          || Character.isSpaceChar(ch)
          || type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED
          || ch == '?'
          || ch == '#'
          || ch == '%'
          || ch == '\\') {
        return "id with a character ids may not have (U+" + String.format("%04X", (int) ch) + ")";
      }
    }
    if (id.equals(".") || id.equals("..")) {
      return "id that is a path step (. or ..)";
    }
    if (id.indexOf('/') >= 0 && !ArxivIds.isArxivId(id)) {
      return "id with a slash that is not an old-style arXiv id";
    }
    return null;
  }

  /** The id as a URL path: each part between slashes percent-encoded. */
  public static String path(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("/", -1)) {
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return out.toString();
  }

  /**
   * The link as stored: http(s) only; anything else ({@code javascript:}, {@code data:}) is
   * dropped.
   */
  public static String webLink(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    if ((lower.startsWith("https://") || lower.startsWith("http://"))
        && u.chars().noneMatch(ch -> ch < 0x21 || ch == 0x7f)) {
      return u;
    }
    return null;
  }
}
