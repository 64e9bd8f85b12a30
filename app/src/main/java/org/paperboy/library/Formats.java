package org.paperboy.library;

import java.nio.charset.StandardCharsets;

/**
 * Tells BibTeX, RIS and CSL JSON apart by their content (names and types of uploads lie). The text
 * is looked at once, line by line: no pattern runs over the whole file, so a file of a million
 * blank lines costs what its size says.
 */
final class Formats {
  private Formats() {}

  /** Reads the file in the format its content shows; the message says why when it cannot. */
  static Bibliography read(byte[] bytes) throws Bibliography.Unreadable {
    if (bytes.length == 0) {
      throw new Bibliography.Unreadable("The file is empty.");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new Bibliography.Unreadable(
            "This is not a text file. Export your library as BibTeX (.bib), RIS (.ris) or CSL"
                + " JSON (.json) and upload that.");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int first = firstNonSpace(text, 0);
    if (first == text.length()) {
      throw new Bibliography.Unreadable("The file is empty.");
    }
    Bibliography read =
        switch (detect(text, first)) {
          case CSL_JSON -> CslJsonReader.read(text);
          case RIS -> RisReader.read(text);
          case BIBTEX -> BibtexReader.read(text);
          case null ->
              throw new Bibliography.Unreadable(
                  "This is not BibTeX, RIS or CSL JSON. Export your library from Zotero, JabRef or"
                      + " Mendeley in one of these formats and upload that file.");
        };
    if (read.entries().isEmpty() && read.malformed().isEmpty()) {
      throw new Bibliography.Unreadable("The " + read.format().label + " file holds no entries.");
    }
    return read;
  }

  /**
   * JSON when the text opens with a bracket; RIS when a line starts {@code TY  - } and the text
   * does not open with a BibTeX entry; BibTeX when a line (after blanks) starts {@code @name{} or
   * {@code @name(}; null when none.
   */
  static Bibliography.Format detect(String text, int first) {
    char c = text.charAt(first);
    if (c == '[' || c == '{') {
      return Bibliography.Format.CSL_JSON;
    }
    if (bibtexEntryAt(text, first)) {
      return Bibliography.Format.BIBTEX;
    }
    boolean bibtex = false;
    for (int line = 0; line < text.length(); ) {
      if (text.startsWith("TY  - ", line)) {
        return Bibliography.Format.RIS;
      }
      if (!bibtex) {
        int start = line;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
          start++;
        }
        bibtex = bibtexEntryAt(text, start);
      }
      int next = text.indexOf('\n', line);
      line = next < 0 ? text.length() : next + 1;
    }
    return bibtex ? Bibliography.Format.BIBTEX : null;
  }

  /** {@code @}, blanks, letters, blanks, then an opening brace or parenthesis, from {@code at}. */
  private static boolean bibtexEntryAt(String text, int at) {
    if (at >= text.length() || text.charAt(at) != '@') {
      return false;
    }
    int i = skipBlanks(text, at + 1);
    int letters = i;
    while (i < text.length() && isAsciiLetter(text.charAt(i))) {
      i++;
    }
    if (i == letters) {
      return false;
    }
    i = skipBlanks(text, i);
    return i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '(');
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int firstNonSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
