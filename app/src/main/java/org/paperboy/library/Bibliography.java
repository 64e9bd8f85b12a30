package org.paperboy.library;

import java.util.List;

/** A file read as a bibliography: its format, the entries read and the ones that were not. */
record Bibliography(Format format, List<Entry> entries, List<Problem> malformed, int unlisted) {

  /** At most this many problems are kept with where and why; the rest are only counted. */
  static final int LISTED = 1000;

  /** Problems as a reader meets them: the first {@link #LISTED} kept, the others counted. */
  static final class Problems {
    private final List<Problem> kept = new java.util.ArrayList<>();
    private int count;

    void add(Problem p) {
      if (kept.size() < LISTED) {
        kept.add(p);
      }
      count++;
    }
  }

  Bibliography(Format format, List<Entry> entries, Problems problems) {
    this(format, entries, List.copyOf(problems.kept), problems.count - problems.kept.size());
  }

  /** Entries malformed in all, listed or not. */
  int malformedCount() {
    return malformed.size() + unlisted;
  }

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
