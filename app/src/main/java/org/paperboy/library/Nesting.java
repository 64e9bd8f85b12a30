package org.paperboy.library;

/** Refuses a text whose brackets nest deeper than a bound, before a recursive reader meets it. */
final class Nesting {
  private Nesting() {}

  /**
   * Counts {@code open} and {@code close} in one pass (a backslash escapes the next character, as
   * in TeX and JSON strings); throws, naming the line, at the first one nested deeper than {@code
   * max}.
   */
  static void check(String text, char open, char close, int max, String what)
      throws Bibliography.Unreadable {
    int depth = 0;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\n') {
        line++;
      } else if (c == open && ++depth > max) {
        throw new Bibliography.Unreadable(
            "Line "
                + line
                + ": "
                + what
                + " nested deeper than "
                + max
                + " levels. No bibliography nests this deep; nothing was imported.");
      } else if (c == close && depth > 0) {
        depth--;
      }
    }
  }
}
