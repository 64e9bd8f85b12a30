package org.paperboy.cli;

/** Text for a terminal. */
final class Terminal {
  private Terminal() {}

  /** A search snippet (HTML-escaped, with {@code <mark>}) as plain text with matches in *stars*. */
  static String snippet(String html) {
    return html.replace("<mark>", "*")
        .replace("</mark>", "*")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
