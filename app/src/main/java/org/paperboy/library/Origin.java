package org.paperboy.library;

import java.util.Locale;

/** Where a mark came from: a click on a page (or the API), an imported file, a link in a digest. */
public enum Origin {
  PAGE,
  IMPORT,
  MAIL;

  String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
