package org.paperboy.mail;

import java.util.Map;
import java.util.Objects;

/**
 * One message to one person.
 *
 * @param text the plain-text body, always present
 * @param html the HTML body, or null for a plain-text message
 * @param headers extra headers such as {@code List-Unsubscribe}
 */
public record MailMessage(
    String to, String subject, String text, String html, Map<String, String> headers) {
  public MailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public static MailMessage plain(String to, String subject, String text) {
    return new MailMessage(to, subject, text, null, Map.of());
  }
}
