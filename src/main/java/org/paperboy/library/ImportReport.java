package org.paperboy.library;

import java.util.List;

/**
 * What an import did, entry by entry where something went wrong.
 *
 * @param format the format the file was read as
 * @param entries entries read (malformed ones not counted)
 * @param matched entries matched to papers already stored
 * @param fetched entries whose paper was fetched from arXiv for this import
 * @param added papers newly saved to the library (the others were saved already)
 * @param unmatched entries read but not matched, each with the reason
 * @param malformed entries that could not be read, each with where and why
 */
public record ImportReport(
    String format,
    int entries,
    int matched,
    int fetched,
    int added,
    List<Item> unmatched,
    List<Item> malformed) {

  /** One entry in the report: where in the file, its title (when known) and what happened. */
  public record Item(String where, String title, String reason) {}

  /** One line for logs and the command line. */
  public String summary() {
    return "%s: %d entries, %d matched, %d fetched from arXiv, %d unmatched, %d malformed; %d newly saved"
        .formatted(format, entries, matched, fetched, unmatched.size(), malformed.size(), added);
  }
}
