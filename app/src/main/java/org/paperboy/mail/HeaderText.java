package org.paperboy.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Header lines as RFC 5322 wants them: ASCII only, folded at spaces to stay within 78 columns, and
 * text beyond ASCII as RFC 2047 encoded words.
 */
final class HeaderText {
  static final int LINE = 78;
  // 42 bytes are 56 base64 characters, 68 with "=?UTF-8?B?" and "?=": a word fits on one line
  private static final int WORD_BYTES = 42;

  private HeaderText() {}

  /** Headers the writer sets itself: a message's extra headers may not name them again. */
  private static final java.util.Set<String> OWN =
      java.util.Set.of(
          "from",
          "to",
          "cc",
          "bcc",
          "subject",
          "date",
          "mime-version",
          "content-type",
          "content-transfer-encoding");

  /** The name of an extra header, checked: printable ASCII without a colon, not one of ours. */
  static String extraName(String name) {
    boolean ftext = !name.isEmpty() && name.chars().allMatch(c -> c >= 33 && c <= 126 && c != ':');
    if (!ftext || OWN.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("not a header a message may add: '" + name + "'");
    }
    return name;
  }

  /**
   * "Name: value", folded. The value must be ASCII without control characters: a line break in it
   * would start a header of someone else's choosing.
   */
  static String fold(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c > 0x7e) {
        throw new IllegalArgumentException(
            "the " + name + " header must be ASCII without line breaks: '" + value + "'");
      }
    }
    StringBuilder out = new StringBuilder(name.length() + value.length() + 8);
    out.append(name).append(':');
    int lineStart = 0;
    boolean first = true;
    for (String word : value.split(" ", -1)) {
      boolean full = out.length() - lineStart + 1 + word.length() > LINE;
      if (!first && full && !word.isEmpty()) {
        out.append("\r\n");
        lineStart = out.length();
      }
      out.append(' ').append(word);
      first = false;
    }
    return out.toString();
  }

  /**
   * "Name: text" for free text such as a subject: as it is when it is plain ASCII, else as encoded
   * words of whole characters. Line breaks and other control characters become spaces.
   */
  static String unstructured(String name, String text) {
    String clean = text.replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
    if (clean.chars().allMatch(c -> c >= 0x20 && c <= 0x7e) && !clean.contains("=?")) {
      return fold(name, clean);
    }
    return name + ": " + encodedWords(clean, "\r\n ");
  }

  /** Encoded words of whole characters, each short enough for one line, joined by the separator. */
  private static String encodedWords(String clean, String separator) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < clean.length()) {
      int end = i;
      int bytes = 0;
      while (end < clean.length()) {
        int cp = clean.codePointAt(end);
        int size = utf8Length(cp);
        if (bytes + size > WORD_BYTES) {
          break;
        }
        bytes += size;
        end += Character.charCount(cp);
      }
      byte[] chunk = clean.substring(i, end).getBytes(StandardCharsets.UTF_8);
      if (i > 0) {
        out.append(separator);
      }
      out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(chunk)).append("?=");
      i = end;
    }
    return out.toString();
  }

  /**
   * A mailbox for From or To: the name quoted, or as encoded words beyond ASCII, then the address.
   */
  static String mailbox(String name, String address) {
    if (name == null || name.isBlank()) {
      return address;
    }
    String clean = name.replaceAll("\\p{Cntrl}", " ").strip();
    String phrase =
        clean.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)
            ? '"' + clean.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
            : encodedWords(clean, " ");
    return phrase + " <" + address + ">";
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
}
