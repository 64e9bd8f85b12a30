package org.paperboy.library;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.paperboy.paper.Text;

/**
 * Reads BibTeX (and biblatex) with jbibtex, recovering after a malformed entry, and turns LaTeX
 * accents into Unicode. Fields where Zotero, JabRef, Mendeley and Google Scholar put arXiv ids are
 * all looked at.
 */
final class BibtexReader {
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  private static final List<String> ARXIV_FIELDS = List.of("arxiv", "arxivid", "arxiv_id");
  private static final List<String> TEXT_FIELDS =
      List.of("number", "journal", "journaltitle", "note", "howpublished", "annote", "volume");

  private BibtexReader() {}

  /** Braces nested deeper than this are no bibliography: the file is refused, saying where. */
  static final int MAX_NESTING = 64;

  static Bibliography read(String text) throws Bibliography.Unreadable {
    Nesting.check(text, '{', '}', MAX_NESTING, "braces");
    BibTeXParser parser;
    try {
      parser =
          new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
              // an undefined @string macro (often a month) leaves the field empty, nothing more
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
              // crossref targets outside the file are common and harmless
            }
          };
    } catch (ParseException | TokenMgrException e) {
      throw new IllegalStateException("jbibtex could not start", e);
    }
    BibTeXDatabase db;
    try {
      db = parser.parseFully(new StringReader(text));
    } catch (RuntimeException | StackOverflowError e) {
      throw new Bibliography.Unreadable(
          "The BibTeX file could not be read: " + firstLine(new Exception(e.getMessage())));
    }
    Bibliography.Problems problems = new Bibliography.Problems();
    for (Exception e : parser.getExceptions()) {
      problems.add(new Bibliography.Problem(where(e), "malformed BibTeX: " + firstLine(e)));
    }
    List<Entry> entries = new ArrayList<>();
    Expansion expansion = new Expansion();
    for (BibTeXObject o : db.getObjects()) {
      if (o instanceof BibTeXEntry e) {
        String refused = expansion.refusal(e);
        if (refused != null) {
          problems.add(new Bibliography.Problem(where(e), refused));
        } else {
          entries.add(entry(e));
        }
      }
    }
    return new Bibliography(Bibliography.Format.BIBTEX, entries, problems);
  }

  private static Entry entry(BibTeXEntry e) {
    Map<String, String> f = new HashMap<>();
    for (Map.Entry<Key, Value> field : e.getFields().entrySet()) {
      String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
      String value = userString(field.getValue());
      if (value != null && !name.equals("file")) {
        f.put(name, value);
      }
    }
    String where = where(e);
    String doi = Identifiers.doi(f.get("doi"));
    return new Entry(
        where, Text.clean(latex(f.get("title"))), authors(f.get("author")), arxivId(f, doi), doi);
  }

  private static String arxivId(Map<String, String> f, String doi) {
    String eprint = f.get("eprint");
    String prefix = f.getOrDefault("archiveprefix", f.getOrDefault("eprinttype", ""));
    if (eprint != null
        && (prefix.equalsIgnoreCase("arxiv") || Identifiers.looksLikeArxiv(eprint))) {
      String id = Identifiers.fromField(eprint);
      if (id != null) {
        return id;
      }
    }
    for (String name : ARXIV_FIELDS) {
      String id = Identifiers.fromField(f.get(name));
      if (id != null) {
        return id;
      }
    }
    String id = Identifiers.fromDoi(doi);
    if (id != null) {
      return id;
    }
    for (String name : List.of("url", "eprint", "howpublished", "note")) {
      id = Identifiers.fromUrl(f.get(name));
      if (id != null) {
        return id;
      }
    }
    for (String name : TEXT_FIELDS) {
      id = Identifiers.fromText(f.get(name));
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private static List<String> authors(String field) {
    if (field == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String name : latex(field).split("\\s+and\\s+")) {
      String n = Text.clean(name);
      if (n != null) {
        int comma = n.indexOf(',');
        out.add(comma < 0 ? n : (n.substring(comma + 1).strip() + " " + n.substring(0, comma)));
      }
    }
    return out;
  }

  private static String userString(Value v) {
    try {
      String s = v.toUserString();
      return s == null || s.isBlank() ? null : s;
    } catch (RuntimeException e) {
      return null; // an unresolved macro
    }
  }

  /** LaTeX accents and commands to Unicode; TeX it cannot read is kept without its braces. */
  static String latex(String s) {
    if (s == null) {
      return null;
    }
    if (s.indexOf('\\') < 0 && s.indexOf('{') < 0 && s.indexOf('~') < 0) {
      return s;
    }
    try {
      return new LaTeXPrinter().print(new LaTeXParser().parse(s));
    } catch (ParseException | RuntimeException e) {
      return s.replace("{", "").replace("}", "");
    }
  }

  private static String where(BibTeXEntry e) {
    return "entry " + (e.getKey() == null ? "?" : e.getKey().getValue());
  }

  private static String where(Exception e) {
    Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? "line " + m.group(1) : "the file";
  }

  private static String firstLine(Exception e) {
    String msg = String.valueOf(e.getMessage()).strip();
    int nl = msg.indexOf('\n');
    String first = nl < 0 ? msg : msg.substring(0, nl);
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }
}
