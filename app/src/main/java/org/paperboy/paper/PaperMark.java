package org.paperboy.paper;

import java.util.Comparator;

/**
 * One person's word on a paper, read from the feature that keeps it (a save or a dismissal in a
 * library, an upvote, a claim of authorship), with when it was said ({@code at}, the row's {@code
 * created_at}). What recommendations learn from; each feature still owns its rows.
 */
public record PaperMark(String userId, String paperId, boolean dismissed, String at) {
  /** Newest first, then by paper id: the order a person's marks are read in. */
  public static final Comparator<PaperMark> NEWEST_FIRST =
      Comparator.comparing(PaperMark::at).reversed().thenComparing(PaperMark::paperId);
}
