package org.paperboy.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.paperboy.config.Config.ConfigException;
import org.paperboy.config.Config.Embeddings;
import org.paperboy.config.Config.Mail;
import org.paperboy.config.Config.Trending;
import org.paperboy.config.Config.Web;

/**
 * Reads the settings from the environment variables, each parsed here and checked by the record it
 * fills: a value that is not a number or a day is named with what it should be.
 */
final class Environment {
  private Environment() {}

  /** The settings: the options where given (non-null), else the environment, else defaults. */
  static Config read(String dataOption, String dbOption) {
    String data = firstSet(dataOption, System.getenv("PAPERBOY_DATA"), Config.DEFAULT_DATA);
    String db = firstSet(dbOption, System.getenv("PAPERBOY_DB_URL"), null);
    return new Config(
        Path.of(data),
        db,
        embeddings(),
        new Web(
            (int) number("PAPERBOY_PORT", 8080),
            blankToNull(System.getenv("PAPERBOY_BASE_URL")),
            "true".equalsIgnoreCase(blankToNull(System.getenv("PAPERBOY_TRUST_PROXY")))),
        new Mail(
            blankToNull(System.getenv("PAPERBOY_SMTP_URL")),
            blankToNull(System.getenv("PAPERBOY_MAIL_FROM")),
            (int) number("PAPERBOY_SMTP_CONNECTIONS", 2)),
        trending(),
        blankToNull(System.getenv("PAPERBOY_SECRET")),
        SignalSettings.fromEnvironment(),
        new Features(
            CoSaveSettings.fromEnvironment(),
            "true".equalsIgnoreCase(System.getenv("PAPERBOY_WEBHOOK_ALLOW_PRIVATE")),
            Duration.ofSeconds(
                (long)
                    number("PAPERBOY_WEBHOOK_TIMEOUT_S", Features.WEBHOOK_TIMEOUT.toSeconds()))));
  }

  private static Embeddings embeddings() {
    String threads = System.getenv("PAPERBOY_EMBED_THREADS");
    try {
      return new Embeddings(
          blankToNull(System.getenv("PAPERBOY_EMBEDDINGS_URL")),
          firstSet(System.getenv("PAPERBOY_EMBEDDINGS_MODEL"), "BAAI/bge-small-en-v1.5"),
          blankToNull(System.getenv("PAPERBOY_EMBEDDINGS_API_KEY")),
          threads == null || threads.isBlank()
              ? Runtime.getRuntime().availableProcessors()
              : Integer.parseInt(threads.strip()),
          day("PAPERBOY_EMBED_SINCE"),
          (int) number("PAPERBOY_EMBEDDINGS_BATCH", 128),
          (int) number("PAPERBOY_EMBEDDINGS_CONCURRENCY", 4));
    } catch (NumberFormatException e) {
      throw new ConfigException("PAPERBOY_EMBED_THREADS must be a number, not '" + threads + "'");
    }
  }

  private static Trending trending() {
    Trending d = Trending.defaults();
    return new Trending(
        number("PAPERBOY_TRENDING_GRAVITY", d.gravity()),
        number("PAPERBOY_TRENDING_VIEW_WEIGHT", d.viewWeight()),
        number("PAPERBOY_TRENDING_HF_WEIGHT", d.hfWeight()),
        number("PAPERBOY_TRENDING_STAR_WEIGHT", d.starWeight()),
        number("PAPERBOY_TRENDING_CITATION_WEIGHT", d.citationWeight()),
        number("PAPERBOY_TRENDING_LONG_GRAVITY", d.longGravity()));
  }

  private static LocalDate day(String variable) {
    String value = blankToNull(System.getenv(variable));
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(variable + " must be a day as YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static double number(String variable, double fallback) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(variable + " must be a number, not '" + value + "'");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstSet(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
