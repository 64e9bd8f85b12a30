package org.paperboy.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/** Checks and normalises the addresses people type: trimmed, lower-cased, one plain address. */
public final class EmailAddress {
  private EmailAddress() {}

  /** Why the text is refused as an address, said so that the person can fix it. */
  public static String problem(String raw) {
    if (raw != null && !ascii(raw.strip())) {
      return "Paperboy can only mail addresses written in plain ASCII letters, and this one has"
          + " others (such as ü or é). If your mail provider gives you an ASCII form of the"
          + " address (for the domain, the xn-- form), use that.";
    }
    return "That does not look like an email address.";
  }

  /**
   * The mailbox an address delivers to, for limits: a quoted local part read as the name it quotes
   * ({@code "t\arget"@host} is {@code target@host}) and the tag of {@code name+tag@host} folded
   * away, so that {@code name+1@host} and {@code name+2@host} count as one inbox.
   */
  public static String mailbox(String normalised) {
    int at = normalised.lastIndexOf('@');
    if (at < 0) {
      return normalised;
    }
    String local = unquoted(normalised.substring(0, at));
    int plus = local.indexOf('+');
    return (plus < 0 ? local : local.substring(0, plus)) + normalised.substring(at);
  }

  /** {@code "a\"b"} as {@code a"b}: the quotes and the backslashes that escape a character go. */
  private static String unquoted(String local) {
    if (local.length() < 2 || local.charAt(0) != '"' || local.charAt(local.length() - 1) != '"') {
      return local;
    }
    StringBuilder out = new StringBuilder(local.length());
    for (int i = 1; i < local.length() - 1; i++) {
      char c = local.charAt(i);
      if (c == '\\' && i + 1 < local.length() - 1) {
        c = local.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean ascii(String s) {
    return s.chars().allMatch(ch -> ch < 0x80);
  }

  /** The normalised address, or empty when the text is not one deliverable-looking address. */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (!ascii(s)) {
      return Optional.empty();
    }
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
