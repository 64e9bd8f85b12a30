package org.paperboy.lab;

/** A lab request that cannot be done: the lab or list is not there, or the person may not. */
public final class LabException extends IllegalArgumentException {
  /** Why: for the web face's status code. */
  public enum Kind {
    NOT_FOUND,
    FORBIDDEN,
    INVALID
  }

  private final Kind kind;

  LabException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static LabException notFound(String message) {
    return new LabException(Kind.NOT_FOUND, message);
  }

  static LabException forbidden(String message) {
    return new LabException(Kind.FORBIDDEN, message);
  }

  static LabException invalid(String message) {
    return new LabException(Kind.INVALID, message);
  }
}
