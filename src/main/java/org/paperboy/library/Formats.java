package org.paperboy.library;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Tells BibTeX, RIS and CSL JSON apart by their content (names and types of uploads lie). */
final class Formats {
  private static final Pattern BIBTEX_ENTRY = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");
  private static final Pattern RIS_START = Pattern.compile("(?m)^TY  - ");

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
    String head = text.stripLeading();
    if (head.isEmpty()) {
      throw new Bibliography.Unreadable("The file is empty.");
    }
    Bibliography read;
    if (head.startsWith("[") || head.startsWith("{")) {
      read = CslJsonReader.read(text);
    } else if (RIS_START.matcher(text).find() && !BIBTEX_ENTRY.matcher(head).lookingAt()) {
      read = RisReader.read(text);
    } else if (BIBTEX_ENTRY.matcher(text).find()) {
      read = BibtexReader.read(text);
    } else {
      throw new Bibliography.Unreadable(
          "This is not BibTeX, RIS or CSL JSON. Export your library from Zotero, JabRef or"
              + " Mendeley in one of these formats and upload that file.");
    }
    if (read.entries().isEmpty() && read.malformed().isEmpty()) {
      throw new Bibliography.Unreadable("The " + read.format().label + " file holds no entries.");
    }
    return read;
  }
}
