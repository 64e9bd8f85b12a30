package org.paperboy.http;

import java.io.IOException;

/** A fetch that failed for good: a refusal, or a failure that outlasted every try. */
public final class HttpFailure extends IOException {
  /** The last status, 0 when the last try got none. */
  public final int status;

  /** The start of the last answer's body, empty when there was none. */
  public final String body;

  /** A refusal (a 4xx other than 429, or too large an answer): not retried. */
  public final boolean refused;

  /** Tries made. */
  public final int attempts;

  HttpFailure(String message, IOException cause, boolean refused, int attempts) {
    super(message, cause);
    this.status = 0;
    this.body = "";
    this.refused = refused;
    this.attempts = attempts;
  }

  HttpFailure(String message, Reply last, boolean refused, int attempts) {
    super(message);
    this.status = last.status();
    this.body = last.start(4096);
    this.refused = refused;
    this.attempts = attempts;
  }
}
