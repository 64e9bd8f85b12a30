package org.paperboy.paper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The TeX in titles and abstracts, for places where no script renders it: feeds and mail get
 * readable text ({@code MERGE$^3$} is {@code MERGE^3}, {@code $\alpha$} is {@code α}, {@code
 * \emph{x}} is {@code x}), and pages learn where the formulas are, found the way KaTeX's
 * auto-render finds them, so that highlights can keep a formula whole.
 */
public final class TexText {
  private TexText() {}

  /** Braces nested deeper than this are kept as written rather than followed. */
  private static final int MAX_DEPTH = 32;

  private static final String[][] DELIMITERS = {
    {"$$", "$$"}, {"\\(", "\\)"}, {"\\[", "\\]"}, {"$", "$"}
  };

  /**
   * A formula's place in a text.
   *
   * @param start where its opening delimiter starts
   * @param end just after its closing delimiter
   * @param open the length of the opening delimiter (and of the closing one)
   */
  public record Formula(int start, int end, int open) {
    public int contentStart() {
      return start + open;
    }

    public int contentEnd() {
      return end - open;
    }
  }

  /**
   * The formulas of a text, in order: {@code $…$}, {@code $$…$$}, {@code \(…\)} and {@code \[…\]},
   * a closing delimiter counted only outside braces and after no backslash. Like auto-render, an
   * opening delimiter that is never closed leaves the rest of the text as text.
   */
  public static List<Formula> formulas(String text) {
    List<Formula> found = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int open = nextOpening(text, i);
      if (open < 0) {
        break;
      }
      String[] d = delimiterAt(text, open);
      int close = closing(text, d[1], open + d[0].length());
      if (close < 0) {
        break;
      }
      found.add(new Formula(open, close + d[1].length(), d[0].length()));
      i = close + d[1].length();
    }
    return found;
  }

  private static int nextOpening(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$') {
        return i;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == '(' || next == '[') {
          return i;
        }
      }
    }
    return -1;
  }

  private static String[] delimiterAt(String text, int at) {
    for (String[] d : DELIMITERS) {
      if (text.startsWith(d[0], at)) {
        return d;
      }
    }
    throw new IllegalStateException("no delimiter at " + at);
  }

  /** Where the closing delimiter starts, skipping escapes and braced groups; -1 if never. */
  private static int closing(String text, String delimiter, int from) {
    int braces = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (braces <= 0 && text.startsWith(delimiter, i)) {
        return i;
      } else if (c == '\\') {
        i++;
      } else if (c == '{') {
        braces++;
      } else if (c == '}') {
        braces--;
      }
    }
    return -1;
  }

  /** The text with its TeX turned into plain, readable characters; null stays null. */
  public static String plain(String text) {
    if (text == null) {
      return null;
    }
    if (text.indexOf('$') < 0 && text.indexOf('\\') < 0 && text.indexOf('{') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Formula f : formulas(text)) {
      new TexReader(text.substring(at, f.start()), false, MAX_DEPTH).readAll(out);
      new TexReader(text.substring(f.contentStart(), f.contentEnd()), true, MAX_DEPTH).readAll(out);
      at = f.end();
    }
    new TexReader(text.substring(at), false, MAX_DEPTH).readAll(out);
    String joined = Normalizer.normalize(out, Normalizer.Form.NFC);
    return joined.replaceAll("[ \\t\\n]+", " ").strip();
  }
}
