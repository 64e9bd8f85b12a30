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

  /** Lines looked at for a JSON object before the format is given up on. */
  static final int DETECT_LINES = 100;

  /**
   * Tells the format from the first good record: the first JSON object among the first lines (a bad
   * first line does not decide), or XML. Null for an empty file. The stream is left where it was.
   */
  static Format detect(BufferedInputStream in) throws IOException {
    in.mark(PEEK);
    try {
      int b;
      do {
        b = in.read();
      } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
          || b == 0xBF);
      if (b < 0) {
        return null;
      }
      if (b == '<') {
        return Format.OAI;
      }
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      line.write(b);
      int read = 1;
      for (int lines = 0; lines < DETECT_LINES && read < PEEK - 16; ) {
        b = in.read();
        read++;
        if (b >= 0 && b != '\n' && line.size() < LINE_PREFIX) {
          line.write(b);
          continue;
        }
        // a record longer than the prefix (a huge abstract) is told by its first fields
        Format f =
            b >= 0 && b != '\n' ? formatOfPrefix(line.toByteArray()) : formatOf(line.toByteArray());
        if (f != null) {
          return f;
        }
        while (b >= 0 && b != '\n' && read < PEEK - 16) { // the rest of an undecided long line
          b = in.read();
          read++;
        }
        line.reset();
        lines++;
        if (b < 0) {
          break;
        }
      }
      throw new IOException(
          "cannot tell the format: none of the first lines is a JSON object, and the file is not"
              + " XML (name the format with --format)");
    } finally {
      in.reset();
    }
  }

  /** How much of a line detection reads; a longer record is told by its beginning. */
  static final int LINE_PREFIX = 64 * 1024;

  /**
   * The line format of a JSON object of which only the beginning is here: its first top-level field
   * names decide, read with a streaming parser up to where the prefix ends.
   */
  private static Format formatOfPrefix(byte[] prefix) {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (var p = JsonLineFormat.MAPPER.getFactory().createParser(prefix)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return null;
      }
      for (var t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          names.add(p.currentName());
          p.nextToken();
          p.skipChildren();
        } else if (t == com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
          break;
        }
      }
    } catch (IOException e) {
      // the prefix ends inside a value: the names before it are enough
    }
    if (names.isEmpty()) {
      return null;
    }
    if (names.contains("_id")) {
      return Format.BEIR;
    }
    if (names.contains("authors_parsed")
        || names.contains("versions")
        || names.contains("submitter")) {
      return Format.KAGGLE;
    }
    return Format.JSONL;
  }

  /** The line format a JSON object belongs to, or null when the line is not one. */
  private static Format formatOf(byte[] line) {
    JsonNode first;
    try {
      first = JsonLineFormat.MAPPER.readTree(line);
    } catch (IOException e) {
      return null;
    }
    if (first == null || !first.isObject()) {
      return null;
    }
    if (first.has("_id")) {
      return Format.BEIR;
    }
    if (first.has("authors_parsed") || first.has("versions") || first.has("submitter")) {
      return Format.KAGGLE;
    }
    return Format.JSONL;
  }
}
