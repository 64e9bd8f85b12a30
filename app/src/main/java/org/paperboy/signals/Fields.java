package org.paperboy.signals;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of a source's answer as the documentation describes them, refusing the rest
 * field by field: a count must be a whole JSON number from 0 to {@link #MAX}, a text must be text.
 */
final class Fields {
  /** Larger than any real count of upvotes, stars or citations: anything above is an error. */
  static final long MAX = 100_000_000L;

  private Fields() {}

  /** The count at {@code field}, or null when it is absent, null or refused (with a warning). */
  static Long count(JsonNode parent, String field, String where, Tally tally) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      tally.rejected(where, field, "is not a whole number (" + shorten(n.toString()) + ")");
      return null;
    }
    long v = n.asLong();
    if (v < 0 || v > MAX) {
      tally.rejected(where, field, "is out of range (" + v + ")");
      return null;
    }
    return v;
  }

  /** The text at {@code field}, stripped, or null when absent, blank or not text. */
  static String text(JsonNode parent, String field, int maxLength, String where, Tally tally) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (!n.isTextual()) {
      tally.rejected(where, field, "is not text");
      return null;
    }
    String s = n.asText().strip();
    if (s.isEmpty()) {
      return null;
    }
    return s.length() > maxLength ? s.substring(0, maxLength) : s;
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
