package org.paperboy.paper;

/** Reads one stretch of TeX, in math or text mode, into plain characters for {@link TexText}. */
final class TexReader {
  private final String s;
  private final boolean math;
  private final int depth;
  private int i;

  TexReader(String s, boolean math, int depth) {
    this.s = s;
    this.math = math;
    this.depth = depth;
  }

  void readAll(StringBuilder out) {
    while (i < s.length()) {
      readOne(out);
    }
  }

  private void readOne(StringBuilder out) {
    char c = s.charAt(i);
    if (c == '\\') {
      command(out);
    } else if (c == '{') {
      out.append(inner(group()));
    } else if (c == '}') {
      i++;
    } else if (math && (c == '^' || c == '_')) {
      i++;
      String arg = inner(argument());
      out.append(c).append(arg.codePointCount(0, arg.length()) > 1 ? "(" + arg + ")" : arg);
    } else if (c == '~') {
      i++;
      out.append(' ');
    } else {
      i++;
      out.append(c);
    }
  }

  private void command(StringBuilder out) {
    i++;
    if (i >= s.length()) {
      out.append('\\');
      return;
    }
    char c = s.charAt(i);
    if (!Character.isLetter(c)) {
      i++;
      nonLetter(c, out);
      return;
    }
    int start = i;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    String name = s.substring(start, i);
    if (name.length() == 1 && TexSymbols.ACCENTS.containsKey(name.charAt(0)) && !math) {
      skipSpaces();
      accent(name.charAt(0), out);
    } else if (TexSymbols.SYMBOLS.containsKey(name)) {
      out.append(TexSymbols.SYMBOLS.get(name));
      if (!math && i < s.length() && s.charAt(i) == ' ') {
        i++; // "\ss " in text: the space only ends the name
      }
    } else if (TexSymbols.WRAPPERS.contains(name)) {
      out.append(inner(argument()));
    } else if (name.equals("mathbb")) {
      String arg = inner(argument());
      out.append(
          arg.length() == 1 ? TexSymbols.DOUBLE_STRUCK.getOrDefault(arg.charAt(0), arg) : arg);
    } else if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")) {
      out.append(wrapped(inner(argument()))).append('/').append(wrapped(inner(argument())));
    } else if (name.equals("href")) {
      argument(); // the address is never shown or followed
      out.append(inner(argument()));
    } else if (TexSymbols.DROPPED.contains(name)) {
      argument();
    } else if (TexSymbols.SILENT.contains(name)) {
      out.append(name.endsWith("quad") ? " " : "");
    } else {
      out.append(math ? name : "\\" + name);
    }
  }

  private void nonLetter(char c, StringBuilder out) {
    if (!math && TexSymbols.ACCENTS.containsKey(c)) {
      accent(c, out);
      return;
    }
    switch (c) {
      case ',', ';', ':', ' ', '>' -> out.append(' ');
      case '!', '/' -> {}
      case '\\' -> out.append(' ');
      case '|' -> out.append('‖');
      default -> out.append(c); // \{ \} \$ \% \& \# \_ and the like: the character itself
    }
  }

  private void accent(char accent, StringBuilder out) {
    String base = i < s.length() && s.charAt(i) == '{' ? inner(group()) : next();
    if (base.isEmpty()) {
      out.append(accent);
      return;
    }
    out.append(base, 0, 1).append(TexSymbols.ACCENTS.get(accent)).append(base, 1, base.length());
  }

  /** The next argument: a braced group, a command or one character. */
  private String argument() {
    skipSpaces();
    if (i >= s.length()) {
      return "";
    }
    char c = s.charAt(i);
    if (c == '{') {
      return group();
    }
    if (c == '\\') {
      int start = i++;
      if (i < s.length() && Character.isLetter(s.charAt(i))) {
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          i++;
        }
      } else if (i < s.length()) {
        i++;
      }
      return s.substring(start, i);
    }
    return next();
  }

  private String next() {
    if (i >= s.length()) {
      return "";
    }
    int cp = s.codePointAt(i);
    i += Character.charCount(cp);
    return new String(Character.toChars(cp));
  }

  /** The source inside the braces that start here (to the end if they never close). */
  private String group() {
    int start = ++i;
    int level = 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        level++;
      } else if (c == '}' && --level == 0) {
        return s.substring(start, i++);
      }
      i++;
    }
    i = s.length();
    return s.substring(start);
  }

  private String inner(String source) {
    if (depth <= 0) {
      return source;
    }
    StringBuilder b = new StringBuilder(source.length());
    new TexReader(source, math, depth - 1).readAll(b);
    return b.toString();
  }

  private static String wrapped(String part) {
    return part.codePointCount(0, part.length()) > 1 && !part.matches("[\\p{L}\\p{N}]+")
        ? "(" + part + ")"
        : part;
  }

  private void skipSpaces() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
  }
}
