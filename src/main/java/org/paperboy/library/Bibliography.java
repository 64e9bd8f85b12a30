package org.paperboy.library;

import java.util.List;

/** A file read as a bibliography: its format, the entries read and the ones that were not. */
record Bibliography(Format format, List<Entry> entries, List<Problem> malformed) {

  /** The three formats reference managers export. */
  enum Format {
    BIBTEX("BibTeX"),
    RIS("RIS"),
    CSL_JSON("CSL JSON");

    final String label;

    Format(String label) {
      this.label = label;
    }
  }

  /** An entry that was skipped: where and why. */
  record Problem(String where, String reason) {}

  /** The whole file cannot be read: the message says why, for the person who uploaded it. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }
}
