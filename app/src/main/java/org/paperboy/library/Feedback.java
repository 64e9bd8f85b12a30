package org.paperboy.library;

/**
 * A digest reader's one-click answer about a paper, from a signed link.
 *
 * @param email the subscriber the link was made for
 */
public record Feedback(Action action, String email, String paperId) {

  /** "More like this" saves the paper; "not for me" dismisses it. */
  public enum Action {
    MORE,
    LESS;

    String key() {
      return this == MORE ? "more" : "less";
    }

    Mark mark() {
      return this == MORE ? Mark.SAVED : Mark.DISMISSED;
    }
  }

  /** The two links under a paper in a digest. */
  public record Links(String moreLikeThis, String notForMe) {}
}
