package org.paperboy.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.Text;

/**
 * Reads RIS, the tagged-line format of EndNote, Mendeley and Zotero: {@code TY - JOUR} opens a
 * record, {@code ER - } closes it, a line without a tag continues the field above. The format is
 * this small, so it is read here rather than through a citation-formatting library.
 */
final class RisReader {
  private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");

  private RisReader() {}

  static Bibliography read(String text) {
    List<Entry> entries = new ArrayList<>();
    Bibliography.Problems problems = new Bibliography.Problems();
    Map<String, List<StringBuilder>> record = null;
    int start = 0;
    String last = null;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      int n = i + 1;
      Matcher m = TAG.matcher(line);
      if (!m.matches()) {
        if (record != null && last != null && !line.isBlank()) {
          // a field continued over many lines grows in place: linear in the file, not quadratic
          List<StringBuilder> values = record.get(last);
          values.getLast().append(' ').append(line.strip());
        } else if (record == null && !line.isBlank()) {
          problems.add(new Bibliography.Problem("line " + n, "text outside a record (TY … ER)"));
        }
        continue;
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).strip();
      if (tag.equals("TY")) {
        if (record != null) {
          problems.add(
              new Bibliography.Problem("record at line " + start, "no ER line before line " + n));
        }
        record = new LinkedHashMap<>();
        start = n;
        last = null;
      } else if (record == null) {
        problems.add(new Bibliography.Problem("line " + n, tag + " outside a record (no TY)"));
        continue;
      } else if (tag.equals("ER")) {
        entries.add(entry(record, "record at line " + start));
        record = null;
        continue;
      }
      record.computeIfAbsent(tag, k -> new ArrayList<>()).add(new StringBuilder(value));
      last = tag;
    }
    if (record != null) {
      problems.add(new Bibliography.Problem("record at line " + start, "the file ends before ER"));
    }
    return new Bibliography(Bibliography.Format.RIS, entries, problems);
  }

  private static Entry entry(Map<String, List<StringBuilder>> fields, String where) {
    Map<String, List<String>> r = new LinkedHashMap<>();
    fields.forEach((tag, values) -> r.put(tag, values.stream().map(RisReader::bounded).toList()));
    String title = Text.clean(first(r, "TI", "T1", "CT", "BT"));
    List<String> authors = new ArrayList<>();
    for (String tag : List.of("AU", "A1")) {
      for (String name : r.getOrDefault(tag, List.of())) {
        int comma = name.indexOf(',');
        String n =
            comma < 0 ? name : name.substring(comma + 1).strip() + " " + name.substring(0, comma);
        if (Text.clean(n) != null) {
          authors.add(Text.clean(n));
        }
      }
    }
    String doi = Identifiers.doi(first(r, "DO", "DI"));
    String arxiv = Identifiers.fromDoi(doi);
    for (String url : r.getOrDefault("UR", List.of())) {
      arxiv = arxiv != null ? arxiv : Identifiers.fromUrl(url);
    }
    for (String tag : List.of("M1", "M3", "IS", "VL", "N1", "JO", "JF", "T2", "SN", "AN", "ID")) {
      for (String v : r.getOrDefault(tag, List.of())) {
        arxiv = arxiv != null ? arxiv : Identifiers.fromText(v);
      }
    }
    if (doi == null) {
      doi = Identifiers.doi(first(r, "M3", "N1"));
    }
    return new Entry(where, title, authors, arxiv, doi);
  }

  /** A field as read, cut at {@link Expansion#MAX_FIELD} characters. */
  private static String bounded(StringBuilder value) {
    return value.length() > Expansion.MAX_FIELD
        ? value.substring(0, Expansion.MAX_FIELD)
        : value.toString();
  }

  private static String first(Map<String, List<String>> r, String... tags) {
    for (String tag : tags) {
      List<String> v = r.get(tag);
      if (v != null && !v.isEmpty() && !v.getFirst().isBlank()) {
        return v.getFirst();
      }
    }
    return null;
  }
}
