package org.paperboy.library;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.Paper;

/**
 * Writes saved papers as BibTeX that Zotero, JabRef and LaTeX read: {@code @misc} with {@code
 * eprint}/{@code archivePrefix} (biblatex and arXiv's own style), DOI and URL. Keys are author,
 * year and first title word, made unique. Only what Paperboy stores is written: no local files.
 */
final class BibtexExport {
  private BibtexExport() {}

  static String write(List<Paper> papers) {
    StringBuilder out = new StringBuilder();
    Set<String> keys = new HashSet<>();
    for (Paper p : papers) {
      boolean arxiv = ArxivIds.isArxivId(p.id());
      out.append(arxiv ? "@misc{" : "@article{").append(key(p, keys)).append(",\n");
      field(out, "title", p.title());
      field(
          out,
          "author",
          String.join(" and ", p.authors().stream().map(BibtexExport::name).toList()));
      if (p.published() != null) {
        field(out, "year", Integer.toString(p.published().getYear()));
        field(out, "month", Integer.toString(p.published().getMonthValue()));
      }
      if (arxiv) {
        field(out, "eprint", p.id());
        field(out, "archivePrefix", "arXiv");
        field(out, "primaryClass", p.primaryCategory());
      }
      field(out, "doi", p.doi());
      field(out, "journal", p.journalRef());
      field(
          out,
          "url",
          p.links().abs() != null ? p.links().abs() : arxiv ? ArxivIds.absUrl(p.id()) : null);
      field(out, "abstract", p.abstractText());
      out.setLength(out.length() - 2);
      out.append("\n}\n\n");
    }
    return out.toString();
  }

  /** "Last, First" so that particles and multi-word given names survive. */
  private static String name(String author) {
    String a = author.strip();
    int space = a.lastIndexOf(' ');
    return space < 0 || a.contains(",") ? a : a.substring(space + 1) + ", " + a.substring(0, space);
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    out.append("  ").append(name).append(" = {").append(braced(value)).append("},\n");
  }

  /**
   * A value safe inside braces: unbalanced braces (which would end the field or the entry early)
   * are dropped, and {@code @} cannot start an entry because it never begins a line.
   */
  static String braced(String value) {
    String v = value.replace('\n', ' ').replace('\r', ' ');
    int depth = 0;
    for (int i = 0; i < v.length() && depth >= 0; i++) {
      depth += v.charAt(i) == '{' ? 1 : v.charAt(i) == '}' ? -1 : 0;
    }
    return depth == 0 ? v : v.replace("{", "").replace("}", "");
  }

  private static String key(Paper p, Set<String> used) {
    String author = p.authors().isEmpty() ? "anon" : p.authors().getFirst();
    int space = author.strip().lastIndexOf(' ');
    String base =
        ascii(space < 0 ? author : author.strip().substring(space + 1))
            + (p.published() == null ? "" : Integer.toString(p.published().getYear()))
            + ascii(firstWord(p.title()));
    if (base.isEmpty()) {
      base = "paper";
    }
    String key = base;
    for (char suffix = 'a'; !used.add(key); suffix++) {
      key = base + (suffix <= 'z' ? String.valueOf(suffix) : Integer.toString(used.size()));
    }
    return key;
  }

  private static String firstWord(String title) {
    for (String w : title.split("\\s+")) {
      String a = ascii(w);
      if (a.length() > 3 && !Set.of("with", "from", "towards", "into", "over").contains(a)) {
        return a;
      }
    }
    return "";
  }

  private static String ascii(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^a-z0-9]", "");
  }
}
