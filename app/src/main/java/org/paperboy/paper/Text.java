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
    int i = 0;
    // fast path: most titles are clean already and need no copy
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) && (i == 0 || c != ' ' || i == n - 1 || isSpace(s.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return n == 0 ? null : s;
    }
    // s[0, i) is clean and does not end in a space; copy the rest a word at a time
    StringBuilder out = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int word = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > word) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(s, word, i);
      }
    }
    return out.isEmpty() ? null : out.toString();
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

  /**
   * Drops what no source should send in text: control characters become spaces, format characters
   * (bidi overrides, zero-width) and private-use characters go. Null stays null.
   */
  public static String printable(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c)) {
        b.append(' ');
      } else if (type != Character.FORMAT && type != Character.PRIVATE_USE) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
