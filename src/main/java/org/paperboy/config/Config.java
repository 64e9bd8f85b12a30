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
 * @param embeddings how papers and queries are embedded
 */
public record Config(Path dataDir, String dbUrl, Embeddings embeddings) {

  /**
   * The embedder. Local by default: the bundled model on {@code threads} cores. With a URL, papers
   * and queries are embedded by that OpenAI-compatible server, which must serve the same model so
   * that its vectors and the stored ones share a space.
   *
   * @param url {@code PAPERBOY_EMBEDDINGS_URL}, e.g. {@code http://gpu-box:8080/v1/embeddings}
   * @param remoteModel {@code PAPERBOY_EMBEDDINGS_MODEL}: the model name that server expects
   * @param apiKey {@code PAPERBOY_EMBEDDINGS_API_KEY}: bearer token, if the server wants one
   * @param threads {@code PAPERBOY_EMBED_THREADS}: ONNX Runtime threads (default: all cores)
   */
  public record Embeddings(String url, String remoteModel, String apiKey, int threads) {
    public Embeddings {
      if (threads < 1) {
        throw new ConfigException("PAPERBOY_EMBED_THREADS must be at least 1, not " + threads);
      }
      if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
        throw new ConfigException(
            "PAPERBOY_EMBEDDINGS_URL must be an http(s) URL, not '" + url + "'");
      }
    }

    public static Embeddings local() {
      return new Embeddings(null, null, null, Runtime.getRuntime().availableProcessors());
    }

    static Embeddings fromEnvironment() {
      String threads = System.getenv("PAPERBOY_EMBED_THREADS");
      try {
        return new Embeddings(
            blankToNull(System.getenv("PAPERBOY_EMBEDDINGS_URL")),
            firstSet(System.getenv("PAPERBOY_EMBEDDINGS_MODEL"), "BAAI/bge-small-en-v1.5"),
            blankToNull(System.getenv("PAPERBOY_EMBEDDINGS_API_KEY")),
            threads == null || threads.isBlank()
                ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(threads.strip()));
      } catch (NumberFormatException e) {
        throw new ConfigException("PAPERBOY_EMBED_THREADS must be a number, not '" + threads + "'");
      }
    }
  }

  public Config(Path dataDir, String dbUrl) {
    this(dataDir, dbUrl, Embeddings.local());
  }

  public static final String DEFAULT_DATA = "./data";

  /** A setting that cannot work; the message names it and says what is wrong. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }

  public Config {
    embeddings = embeddings == null ? Embeddings.local() : embeddings;
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
    return new Config(Path.of(data), db, Embeddings.fromEnvironment());
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

  private static String blankToNull(String s) {
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
