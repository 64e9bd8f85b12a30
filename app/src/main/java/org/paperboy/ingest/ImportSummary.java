package org.paperboy.ingest;

import java.util.Collection;
import org.paperboy.paper.PaperStore;

/**
 * What an import or harvest did.
 *
 * @param duplicates records whose id came earlier in the same run: merged, counted once
 * @param skipped well-formed records with nothing to store (OAI-PMH deletions)
 * @param failedFiles files that could not be read to the end (unreadable, truncated, not the
 *     format)
 */
public record ImportSummary(
    long added,
    long updated,
    long unchanged,
    long rejected,
    long duplicates,
    long skipped,
    long failedFiles) {

  public static final ImportSummary EMPTY = new ImportSummary(0, 0, 0, 0, 0, 0, 0);

  /** Counts what an upsert did, with the records refused and skipped before it. */
  static ImportSummary of(
      Collection<PaperStore.Change> changes, long rejected, long duplicates, long skipped) {
    long added = 0;
    long updated = 0;
    long unchanged = 0;
    for (PaperStore.Change change : changes) {
      switch (change) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }
    return new ImportSummary(added, updated, unchanged, rejected, duplicates, skipped, 0);
  }

  /** True when nothing was refused and every file was read to its end. */
  public boolean clean() {
    return rejected == 0 && failedFiles == 0;
  }

  public long papers() {
    return added + updated + unchanged;
  }

  public ImportSummary plus(ImportSummary o) {
    return new ImportSummary(
        added + o.added,
        updated + o.updated,
        unchanged + o.unchanged,
        rejected + o.rejected,
        duplicates + o.duplicates,
        skipped + o.skipped,
        failedFiles + o.failedFiles);
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder()
            .append(added)
            .append(" added, ")
            .append(updated)
            .append(" updated, ")
            .append(unchanged)
            .append(" unchanged, ")
            .append(rejected)
            .append(" rejected");
    if (duplicates > 0) {
      s.append(", ").append(duplicates).append(" duplicates merged");
    }
    if (skipped > 0) {
      s.append(", ").append(skipped).append(" skipped");
    }
    if (failedFiles > 0) {
      s.append(", ")
          .append(failedFiles)
          .append(failedFiles == 1 ? " file" : " files")
          .append(" not read to the end");
    }
    return s.toString();
  }
}
