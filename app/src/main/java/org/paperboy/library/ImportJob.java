package org.paperboy.library;

import java.time.Instant;

/**
 * An upload being imported on the page, as its progress page shows it.
 *
 * @param step what it is doing now (while running), or why it failed
 * @param report what it did, once done
 */
public record ImportJob(String id, State state, String step, ImportReport report, Instant started) {

  /** Where an upload is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED,
    /** The server stopped while it ran: upload the file again. */
    INTERRUPTED
  }

  /** An upload refused for now: one at a time, a few an hour. */
  public static final class TooMany extends RuntimeException {
    private final long retryAfterSeconds;

    TooMany(String message, long retryAfterSeconds) {
      super(message);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
