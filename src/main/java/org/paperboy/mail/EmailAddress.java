package org.paperboy.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/** Checks and normalises the addresses people type: trimmed, lower-cased, one plain address. */
public final class EmailAddress {
  private EmailAddress() {}

  /** The normalised address, or empty when the text is not one deliverable-looking address. */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.length() > 254 || s.chars().anyMatch(ch -> ch <= ' ' || ch == 0x7f)) {
      return Optional.empty();
    }
    int at = s.lastIndexOf('@');
    if (at < 1 || at != s.indexOf('@') || !s.substring(at + 1).contains(".")) {
      return Optional.empty();
    }
    String domain = s.substring(at + 1);
    if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
      return Optional.empty();
    }
    try {
      InternetAddress parsed = new InternetAddress(s, true);
      return s.equals(parsed.getAddress()) ? Optional.of(s) : Optional.empty();
    } catch (AddressException e) {
      return Optional.empty();
    }
  }
}
