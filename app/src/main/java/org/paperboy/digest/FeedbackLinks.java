package org.paperboy.digest;

/**
 * Where the two one-click links under each paper of a digest lead: "more like this" and "not for
 * me", signed for one reader and one paper (the library feature makes them).
 */
public interface FeedbackLinks {
  /** The two links for this reader and paper. */
  Links of(String email, String paperId);

  /** A pair of absolute URLs. */
  record Links(String moreLikeThis, String notForMe) {}

  /** No links: a digest without a library behind it. */
  FeedbackLinks NONE = (email, paperId) -> null;
}
