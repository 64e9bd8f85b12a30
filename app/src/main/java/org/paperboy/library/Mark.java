package org.paperboy.library;

import java.util.Locale;

/** What a person said about a paper: saved it, or not interested. The last word wins. */
public enum Mark {
  SAVED,
  DISMISSED;

  /** The value in the {@code library.state} column. */
  String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Mark of(String column) {
    return valueOf(column.toUpperCase(Locale.ROOT));
  }
}
