package org.paperboy.ingest;

/** A record that cannot become a paper; the message says why, in a few words. */
final class RecordException extends Exception {
  RecordException(String reason) {
    super(reason);
  }
}
