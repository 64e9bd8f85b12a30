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
 * @param malformed entries that could not be read, each with where and why (the first thousand)
 * @param unlisted malformed entries beyond those listed, only counted
 */
public record ImportReport(
    String format,
    int entries,
    int matched,
    int fetched,
    int added,
    List<Item> unmatched,
    List<Item> malformed,
    int unlisted) {

  /** The most rows of each kind a report page shows; the command line prints them all. */
  public static final int SHOWN = 500;

  /** Entries that could not be read, listed or not. */
  public int malformedCount() {
    return malformed.size() + unlisted;
  }

  public List<Item> unmatchedShown() {
    return unmatched.size() > SHOWN ? unmatched.subList(0, SHOWN) : unmatched;
  }

  public List<Item> malformedShown() {
    return malformed.size() > SHOWN ? malformed.subList(0, SHOWN) : malformed;
  }

  /** One entry in the report: where in the file, its title (when known) and what happened. */
  public record Item(String where, String title, String reason) {}

  /** One line for logs and the command line. */
  public String summary() {
    return "%s: %d entries, %d matched, %d fetched from arXiv, %d unmatched, %d malformed; %d newly saved"
        .formatted(format, entries, matched, fetched, unmatched.size(), malformedCount(), added);
  }
}
