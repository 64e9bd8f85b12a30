package org.paperboy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes, without decoding them, so that a line of bad UTF-8
 * spoils only itself. The current line is valid until the next call to {@link #next()}.
 */
final class LineReader {
  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber;

  private int lineStart;
  private int lineLength;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          setLine(pos, i);
          pos = i + 1;
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          setLine(pos, limit);
          pos = limit;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  private void setLine(int start, int end) {
    lineNumber++;
    if (end > start && buf[end - 1] == '\r') {
      end--;
    }
    lineStart = start;
    lineLength = end - start;
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  byte[] bytes() {
    return buf;
  }

  int start() {
    return lineStart;
  }

  int length() {
    return lineLength;
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean isBlank() {
    for (int i = lineStart, end = lineStart + lineLength; i < end; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
