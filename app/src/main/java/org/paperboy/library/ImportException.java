package org.paperboy.library;

/** A file that cannot be imported at all; the message says why, and that nothing was imported. */
public final class ImportException extends RuntimeException {
  public ImportException(String message) {
    super(message);
  }
}
