package org.paperboy.library;

import java.util.List;

/**
 * One entry of an imported bibliography, reduced to what matching needs.
 *
 * @param where where it is in the file, for the report ({@code entry vaswani2017 (line 12)})
 * @param arxivId the arXiv id the entry names anywhere, without version, or null
 * @param doi lower-cased, without {@code https://doi.org/}, or null
 */
record Entry(String where, String title, List<String> authors, String arxivId, String doi) {
  Entry {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A title for the report: what the file says, or the ids when it has no title. */
  String label() {
    if (title != null) {
      return title;
    }
    return arxivId != null ? "arXiv:" + arxivId : doi != null ? "doi:" + doi : "(no title)";
  }
}
