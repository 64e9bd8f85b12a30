package org.paperboy.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens import files: {@code -} for stdin, gzip told by its magic bytes, format by content. */
final class Inputs {
  private static final int PEEK = 1 << 20;

  private Inputs() {}

  /** Opens the file, or stdin for {@code -}. */
  static InputStream openFile(String name) throws IOException {
    if (name.equals("-")) {
      return System.in;
    }
    try {
      return Files.newInputStream(Path.of(name));
    } catch (NoSuchFileException e) {
      throw new IOException("no such file");
    }
  }

  /** Buffers the stream, unwrapping gzip when the content is gzipped. */
  static BufferedInputStream prepare(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  /** Tells the format from the first record; the stream is left where it was. */
  static Format detect(BufferedInputStream in) throws IOException {
    in.mark(PEEK);
    try {
      int b;
      do {
        b = in.read();
      } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
          || b == 0xBF);
      if (b == '<') {
        return Format.OAI;
      }
      if (b != '{') {
        throw new IOException("cannot tell the format: the content is neither JSON lines nor XML");
      }
      byte[] line = new byte[PEEK - 16];
      line[0] = '{';
      int n = 1;
      while (n < line.length && (b = in.read()) >= 0 && b != '\n') {
        line[n++] = (byte) b;
      }
      JsonNode first;
      try {
        first = JsonLineFormat.MAPPER.readTree(line, 0, n);
      } catch (IOException e) {
        throw new IOException("cannot tell the format: the first line is not valid JSON");
      }
      if (first.has("_id")) {
        return Format.BEIR;
      }
      if (first.has("authors_parsed") || first.has("versions") || first.has("submitter")) {
        return Format.KAGGLE;
      }
      return Format.JSONL;
    } finally {
      in.reset();
    }
  }
}
