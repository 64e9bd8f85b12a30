package org.paperboy.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.paperboy.paper.TexText;

/**
 * Keeps the formulas of a search snippet whole, so that the page's KaTeX can render them: a passage
 * that starts or ends inside a formula is widened to take all of it, and a highlight inside a
 * formula is widened to mark the whole formula (a {@code <mark>} inside one would split its text
 * and leave it raw). Each passage goes in a span of its own, so that a lone {@code $} in one never
 * pairs with one in the next.
 */
final class SnippetMath {
  private static final String SEPARATOR = " … ";
  private static final String MARK = "<mark>";
  private static final String END = "</mark>";

  /** A formula longer than this is cut off rather than taken whole into a passage. */
  private static final int LONGEST = 400;

  private SnippetMath() {}

  /**
   * @param snippet escaped HTML with {@code <mark>}, passages joined by " … "
   * @param text the abstract the passages were taken from
   */
  static String whole(String snippet, String text) {
    if (snippet == null
        || (snippet.indexOf('$') < 0 && !snippet.contains("\\(") && !snippet.contains("\\["))) {
      return snippet;
    }
    List<TexText.Formula> formulas = TexText.formulas(text);
    StringBuilder out = new StringBuilder(snippet.length() + 64);
    String[] passages = snippet.split(SEPARATOR, -1);
    for (int p = 0; p < passages.length; p++) {
      out.append(p == 0 ? "" : SEPARATOR).append("<span>");
      out.append(passage(passages[p], text, formulas)).append("</span>");
    }
    return out.toString();
  }

  private static String passage(String html, String text, List<TexText.Formula> formulas) {
    String tail = html.endsWith(" …") ? " …" : "";
    html = html.substring(0, html.length() - tail.length());
    StringBuilder plain = new StringBuilder(html.length());
    List<int[]> marks = new ArrayList<>();
    int opened = -1;
    for (int i = 0; i < html.length(); i++) {
      if (html.startsWith(MARK, i)) {
        opened = plain.length();
        i += MARK.length() - 1;
      } else if (html.startsWith(END, i) && opened >= 0) {
        marks.add(new int[] {opened, plain.length()});
        opened = -1;
        i += END.length() - 1;
      } else if (html.charAt(i) == '&' && html.indexOf(';', i) > 0) {
        int semi = html.indexOf(';', i);
        plain.append(entity(html.substring(i + 1, semi)));
        i = semi;
      } else {
        plain.append(html.charAt(i));
      }
    }
    int at = text.indexOf(plain.toString());
    if (at < 0) {
      return html + tail; // not a piece of this abstract after all: leave it be
    }
    int from = at;
    int to = at + plain.length();
    for (TexText.Formula f : formulas) {
      if (f.start() < from && f.end() > from) {
        from = from - f.start() <= LONGEST ? f.start() : f.end();
      }
      if (f.start() < to && f.end() > to) {
        to = f.end() - to <= LONGEST ? f.end() : f.start();
      }
    }
    List<int[]> wide = new ArrayList<>();
    for (int[] m : marks) {
      int s = m[0] + at;
      int e = m[1] + at;
      for (TexText.Formula f : formulas) {
        if (f.start() < e && f.end() > s) {
          s = Math.min(s, f.start());
          e = Math.max(e, f.end());
        }
      }
      s = Math.max(s, from);
      e = Math.min(e, to);
      if (s < e) {
        wide.add(new int[] {s, e});
      }
    }
    wide.sort(Comparator.comparingInt(m -> m[0]));
    StringBuilder out = new StringBuilder(html.length() + 32);
    int pos = from;
    for (int[] m : wide) {
      if (m[1] <= pos) {
        continue; // inside a mark already written
      }
      int s = Math.max(m[0], pos);
      escape(text, pos, s, out);
      out.append(MARK);
      escape(text, s, m[1], out);
      out.append(END);
      pos = m[1];
    }
    escape(text, pos, to, out);
    return out.append(tail).toString();
  }

  private static String entity(String name) {
    return switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "#x27", "#39" -> "'";
      default -> "&" + name + ";";
    };
  }

  private static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
  }
}
