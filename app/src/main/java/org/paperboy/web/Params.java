package org.paperboy.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters, answering 400 with a message when one is malformed. */
final class Params {
  private Params() {}

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw HttpError.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number, not '" + v + "'");
    }
  }

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest(name + " must be a date like 2025-02-14, not '" + v + "'");
    }
  }

  /** A path on this site to go back to: anything else (another host, a scheme) becomes "/". */
  static String localPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }

  /** The signed token of a settings form or link, or "". */
  static String token(Context ctx) {
    String t = ctx.formParam("token");
    if (t == null) {
      t = ctx.queryParam("token");
    }
    return t == null ? "" : t;
  }

  /** A form field that must be there, stripped; 400 when it is missing. */
  static String required(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw HttpError.badRequest("The form is missing " + name + ".");
    }
    return v.strip();
  }
}
