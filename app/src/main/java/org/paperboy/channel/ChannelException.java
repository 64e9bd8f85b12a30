package org.paperboy.channel;

/** A channel request that cannot be done: bad input (the CLI's exit 2, a 400) or not found. */
public final class ChannelException extends IllegalArgumentException {
  private final boolean notFound;

  private ChannelException(String message, boolean notFound) {
    super(message);
    this.notFound = notFound;
  }

  public boolean notFound() {
    return notFound;
  }

  static ChannelException invalid(String message) {
    return new ChannelException(message, false);
  }

  static ChannelException notFound(String message) {
    return new ChannelException(message, true);
  }
}
