package org.paperboy.paper;

/** Cleans the text fields that sources send. */
public final class Text {
  private Text() {}

  /**
   * Collapses every run of whitespace (the line breaks and indentation of arXiv's fixed-width
   * titles and abstracts) into one space and trims the ends. TeX and everything else stay as
   * written. Returns null for null or blank input.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    StringBuilder out = null;
    boolean pendingSpace = false;
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00a0';
      if (out == null) {
        // fast path: stay lazy while the text is already clean
        if (space && (i == 0 || c != ' ' || i == n - 1 || isSpace(s.charAt(i + 1)))) {
          out = new StringBuilder(n);
          out.append(s, start, i);
          pendingSpace = out.length() > 0;
        }
        continue;
      }
      if (space) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    String result = out == null ? s : out.toString();
    return result.isEmpty() ? null : result;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** Null for null or blank input, the stripped text otherwise. */
  public static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
