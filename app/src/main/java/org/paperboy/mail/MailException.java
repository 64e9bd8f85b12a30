package org.paperboy.mail;

/**
 * A message that was not accepted. Permanent failures (an SMTP 5xx) will fail again; temporary ones
 * (4xx, timeouts, a lost connection) are worth retrying.
 */
public final class MailException extends Exception {
  private final boolean permanent;

  public MailException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
