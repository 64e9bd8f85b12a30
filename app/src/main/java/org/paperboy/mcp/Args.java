package org.paperboy.mcp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tool call's arguments, read with the same bounds the API has. The SDK checks them against the
 * input schema first; these checks stand on their own too (a schema is only as strict as written).
 */
final class Args {
  private final Map<String, Object> values;

  Args(Map<String, Object> values) {
    this.values = values == null ? Map.of() : values;
  }

  String text(String name, int maxLength) {
    Object v = values.get(name);
    if (v == null) {
      return "";
    }
    if (!(v instanceof String s)) {
      throw new ToolError(name + " must be a string");
    }
    if (s.length() > maxLength) {
      throw new ToolError(name + " is longer than " + maxLength + " characters");
    }
    return s.strip();
  }

  String required(String name, int maxLength) {
    String s = text(name, maxLength);
    if (s.isEmpty()) {
      throw new ToolError(name + " is required");
    }
    return s;
  }

  int integer(String name, int fallback, int min, int max) {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new ToolError(name + " must be a whole number");
    }
    if (n.doubleValue() < min || n.doubleValue() > max) {
      throw new ToolError(name + " must be between " + min + " and " + max + ", not " + v);
    }
    return n.intValue();
  }

  boolean flag(String name) {
    Object v = values.get(name);
    if (v == null) {
      return false;
    }
    if (!(v instanceof Boolean b)) {
      throw new ToolError(name + " must be true or false");
    }
    return b;
  }

  /** One of the words listed, lower-cased; the first one when the argument is absent. */
  String oneOf(String name, List<String> words) {
    String s = text(name, 40).toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return words.getFirst();
    }
    if (!words.contains(s)) {
      throw new ToolError(
          "unknown " + name + " '" + s + "' (use " + String.join(", ", words) + ")");
    }
    return s;
  }

  /** A day as YYYY-MM-DD, or null when absent. */
  LocalDate date(String name) {
    String s = text(name, 10);
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new ToolError(name + " must be a date as YYYY-MM-DD, not '" + s + "'");
    }
  }
}
