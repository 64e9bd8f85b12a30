package org.paperboy.paper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Which ids a paper may have, and how they go into links. An id is printable text without spaces,
 * control or format characters (bidi overrides included) and without {@code ? # % \}; a slash only
 * where an old-style arXiv id has one ({@code quant-ph/0101001}).
 *
 * <p>A paper known by a DOI (bioRxiv, medRxiv) has the DOI as its id with the slash after the
 * prefix written as a hyphen: {@code 10.1101/2026.11.05.123456} is {@code
 * 10.1101-2026.11.05.123456}. A DOI prefix is {@code 10.} and digits and dots, so the first hyphen
 * tells where the suffix starts and the DOI comes back unchanged; links and API routes also take
 * the DOI as it is written ({@code /papers/10.1101/2026.11.05.123456}). A paper known only to
 * OpenReview is {@code openreview-} and its forum id ({@code openreview-aBc123XyZ}).
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

  private static final java.util.regex.Pattern DOI =
      java.util.regex.Pattern.compile("(10\\.[0-9.]+)/([A-Za-z0-9._-]+)");
  private static final java.util.regex.Pattern DOI_ID =
      java.util.regex.Pattern.compile("(10\\.[0-9.]+)-([A-Za-z0-9._-]+)");
  private static final java.util.regex.Pattern FORUM =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,100}");

  /**
   * The id of a paper known by this DOI, or null when the DOI has characters an id cannot hold
   * (every bioRxiv and medRxiv DOI fits).
   */
  public static String fromDoi(String doi) {
    if (doi == null) {
      return null;
    }
    java.util.regex.Matcher m = DOI.matcher(doi.strip());
    return m.matches() ? m.group(1) + "-" + m.group(2) : null;
  }

  /** The DOI of an id made by {@link #fromDoi}, or null when the id is not one. */
  public static String toDoi(String id) {
    java.util.regex.Matcher m = DOI_ID.matcher(id);
    return m.matches() ? m.group(1) + "/" + m.group(2) : null;
  }

  /** The id of a paper known only to OpenReview, or null for a forum id that is not one. */
  public static String fromOpenReview(String forum) {
    return forum != null && FORUM.matcher(forum).matches() ? "openreview-" + forum : null;
  }

  /**
   * The stored id a link names: the id itself, or for a DOI written with its slash, the DOI's id.
   */
  public static String canonical(String id) {
    if (id != null && id.startsWith("10.") && id.indexOf('/') > 0) {
      String fromDoi = fromDoi(id);
      return fromDoi != null ? fromDoi : id;
    }
    return id;
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
