package org.paperboy.library;

import java.time.Instant;
import java.util.List;
import org.paperboy.paper.Paper;

/** One page of a person's saved papers, with when each was saved, and how many match in all. */
public record LibraryPage(List<Saved> papers, long total, LibraryQuery query) {

  /** A saved paper. */
  public record Saved(Paper paper, Instant savedAt) {}

  public boolean hasNext() {
    return (long) query.page() * LibraryQuery.PAGE_SIZE < total;
  }
}
