package org.paperboy.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything Paperboy is configured with, validated once. Each setting comes from a command-line
 * option, else its environment variable, else the default.
 *
 * @param dataDir {@code --data}, {@code PAPERBOY_DATA}: the data folder (default {@code ./data})
 * @param dbUrl {@code --db}, {@code PAPERBOY_DB_URL}: JDBC URL (default SQLite in the data folder)
 */
public record Config(Path dataDir, String dbUrl) {

  public static final String DEFAULT_DATA = "./data";

  /** A setting that cannot work; the message names it and says what is wrong. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }

  public Config {
    if (dataDir == null) {
      throw new ConfigException("the data folder is not set");
    }
    if (dbUrl == null || dbUrl.isBlank()) {
      dbUrl = "jdbc:sqlite:" + dataDir.resolve("paperboy.db");
    }
    if (!dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql:")) {
      throw new ConfigException(
          "--db / PAPERBOY_DB_URL must be a jdbc:sqlite: or jdbc:postgresql: URL, not '"
              + dbUrl
              + "'");
    }
  }

  /** Reads settings from options that may be null, then the environment, then defaults. */
  public static Config of(String dataOption, String dbOption) {
    String data = firstSet(dataOption, System.getenv("PAPERBOY_DATA"), DEFAULT_DATA);
    String db = firstSet(dbOption, System.getenv("PAPERBOY_DB_URL"), null);
    return new Config(Path.of(data), db);
  }

  /** Creates the data folder when it is missing. */
  public void prepare() {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new ConfigException("cannot create the data folder " + dataDir + ": " + e.getMessage());
    }
    if (!Files.isWritable(dataDir)) {
      throw new ConfigException("the data folder " + dataDir + " is not writable");
    }
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
