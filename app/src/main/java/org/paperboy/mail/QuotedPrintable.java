package org.paperboy.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045) for text bodies: UTF-8 bytes, lines of at most 76 characters, line
 * breaks of any kind as CRLF, and a line starting "From " written "=46rom " so that no mailbox file
 * along the way rewrites it.
 */
final class QuotedPrintable {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

  private QuotedPrintable() {}

  static byte[] encode(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    // each byte takes at most 3, and a soft break (3) comes after 24 bytes at the least
    byte[] out = new byte[4 * in.length + 16];
    int n = 0;
    int column = 0;
    for (int i = 0; i < in.length; i++) {
      int b = in[i] & 0xff;
      if (b == '\r' || b == '\n') {
        if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
          i++;
        }
        out[n++] = '\r';
        out[n++] = '\n';
        column = 0;
        continue;
      }
      boolean lastOfLine = i + 1 == in.length || in[i + 1] == '\r' || in[i + 1] == '\n';
      boolean literal =
          (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lastOfLine);
      int width = literal ? 1 : 3;
      // a line that goes on ends in "=", so it may hold 75; the last of a line may reach 76
      if (column + width > (lastOfLine ? 76 : 75)) {
        out[n++] = '=';
        out[n++] = '\r';
        out[n++] = '\n';
        column = 0;
      }
      if (literal && column == 0 && b == 'F' && startsWith(in, i, FROM)) {
        literal = false; // at the start of any line, a soft-broken one too
        width = 3;
      }
      if (literal) {
        out[n++] = (byte) b;
      } else {
        out[n++] = '=';
        out[n++] = HEX[b >> 4];
        out[n++] = HEX[b & 0xf];
      }
      column += width;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean startsWith(byte[] in, int at, byte[] prefix) {
    if (in.length - at < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (in[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }
}
