package org.paperboy.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything Paperboy is configured with, validated once. Each setting comes from its environment
 * variable, else the default; the data folder, the database and the port are also options of the
 * commands ({@code --data}, {@code --db}, {@code serve --port}), which win over their variables.
 *
 * @param dataDir {@code --data}, {@code PAPERBOY_DATA}: the data folder (default {@code ./data})
 * @param dbUrl {@code --db}, {@code PAPERBOY_DB_URL}: JDBC URL (default SQLite in the data folder)
 * @param embeddings how papers and queries are embedded
 * @param web where the server listens and how it names itself
 * @param mail how mail leaves
 * @param trending the trending formula's knobs
 * @param secret {@code PAPERBOY_SECRET}: signs the links in mail; null keeps one generated into
 *     {@code DATA/secret}
 * @param signals where trending's outside signals come from (none unless read from the environment)
 * @param features the settings of single features (co-saves, channels' webhooks)
 */
public record Config(
    Path dataDir,
    String dbUrl,
    Embeddings embeddings,
    Web web,
    Mail mail,
    Trending trending,
    String secret,
    SignalSettings signals,
    Features features) {

  /**
   * The embedder. Local by default: the bundled model on {@code threads} cores. With a URL, papers
   * and queries are embedded by that OpenAI-compatible server, which must serve the same model so
   * that its vectors and the stored ones share a space.
   *
   * @param url {@code PAPERBOY_EMBEDDINGS_URL}, e.g. {@code http://gpu-box:8080/v1/embeddings}
   * @param remoteModel {@code PAPERBOY_EMBEDDINGS_MODEL}: the model name that server expects
   * @param apiKey {@code PAPERBOY_EMBEDDINGS_API_KEY}: bearer token, if the server wants one
   * @param threads {@code PAPERBOY_EMBED_THREADS}: ONNX Runtime threads (default: all cores)
   * @param since {@code PAPERBOY_EMBED_SINCE} (YYYY-MM-DD): papers published before it are left to
   *     keyword search (default: none, every paper is embedded)
   * @param batch {@code PAPERBOY_EMBEDDINGS_BATCH}: texts per request to the server (default 128)
   * @param concurrency {@code PAPERBOY_EMBEDDINGS_CONCURRENCY}: requests in flight (default 4)
   */
  public record Embeddings(
      String url,
      String remoteModel,
      String apiKey,
      int threads,
      java.time.LocalDate since,
      int batch,
      int concurrency) {
    public Embeddings(String url, String remoteModel, String apiKey, int threads) {
      this(url, remoteModel, apiKey, threads, null, 128, 4);
    }

    public Embeddings {
      if (threads < 1) {
        throw new ConfigException("PAPERBOY_EMBED_THREADS must be at least 1, not " + threads);
      }
      if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
        throw new ConfigException(
            "PAPERBOY_EMBEDDINGS_URL must be an http(s) URL, not '" + url + "'");
      }
      if (batch < 1 || batch > 4096) {
        throw new ConfigException("PAPERBOY_EMBEDDINGS_BATCH must be between 1 and 4096");
      }
      if (concurrency < 1 || concurrency > 64) {
        throw new ConfigException("PAPERBOY_EMBEDDINGS_CONCURRENCY must be between 1 and 64");
      }
    }

    public static Embeddings local() {
      return new Embeddings(null, null, null, Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * The web server.
   *
   * @param port {@code --port}, {@code PAPERBOY_PORT}: 0 picks a free port (default 8080)
   * @param baseUrl {@code PAPERBOY_BASE_URL}: the address people reach the server at, used in mail
   *     and feeds (default {@code http://localhost:PORT}); an https URL makes cookies Secure
   * @param trustProxy {@code PAPERBOY_TRUST_PROXY}: behind one reverse proxy, take the client's
   *     address from the last entry of {@code X-Forwarded-For} (for rate limits)
   */
  public record Web(int port, String baseUrl, boolean trustProxy) {
    public Web(int port, String baseUrl) {
      this(port, baseUrl, false);
    }

    public Web {
      if (port < 0 || port > 65535) {
        throw new ConfigException("PAPERBOY_PORT must be between 0 and 65535, not " + port);
      }
      if (baseUrl != null) {
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
          throw new ConfigException(
              "PAPERBOY_BASE_URL must be an http(s) URL, not '" + baseUrl + "'");
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
      }
    }

    public static Web defaults() {
      return new Web(8080, null);
    }

    /** The base URL, once the real port is known. */
    public String baseUrl(int actualPort) {
      return baseUrl != null ? baseUrl : "http://localhost:" + actualPort;
    }

    public boolean secure() {
      return baseUrl != null && baseUrl.startsWith("https://");
    }
  }

  /**
   * Outgoing mail.
   *
   * @param smtpUrl {@code PAPERBOY_SMTP_URL}: {@code smtp://user:pass@host:587} (STARTTLS when the
   *     server offers it), {@code smtp+starttls://...} (STARTTLS required) or {@code
   *     smtps://user:pass@host:465} (TLS from the start); null writes messages to {@code
   *     DATA/outbox/} as .eml files instead
   * @param from {@code PAPERBOY_MAIL_FROM}: the sender, e.g. {@code Paperboy <papers@lab.org>}
   * @param connections {@code PAPERBOY_SMTP_CONNECTIONS}: SMTP connections kept open for sending
   *     digests side by side (default 2)
   */
  public record Mail(String smtpUrl, String from, int connections) {
    public Mail(String smtpUrl, String from) {
      this(smtpUrl, from, 2);
    }

    public Mail {
      if (smtpUrl != null
          && !(smtpUrl.startsWith("smtp://")
              || smtpUrl.startsWith("smtps://")
              || smtpUrl.startsWith("smtp+starttls://"))) {
        throw new ConfigException(
            "PAPERBOY_SMTP_URL must start with smtp://, smtp+starttls:// or smtps://");
      }
      from = from == null || from.isBlank() ? "Paperboy <paperboy@localhost>" : from.strip();
      if (connections < 1 || connections > 16) {
        throw new ConfigException("PAPERBOY_SMTP_CONNECTIONS must be between 1 and 16");
      }
    }

    public static Mail outbox() {
      return new Mail(null, null);
    }
  }

  /**
   * The trending score {@code points / (age + 2) ^ gravity}, with {@code points = 1 + votes +
   * viewWeight * views + hfWeight * upvotes + starWeight * ln(1 + stars gained) + citationWeight *
   * ln(1 + citations)}; age in hours today, in days for the week and the month.
   *
   * @param gravity {@code PAPERBOY_TRENDING_GRAVITY}: how fast age pulls a paper down (default 1.8)
   * @param viewWeight {@code PAPERBOY_TRENDING_VIEW_WEIGHT}: what one view counts against one vote
   *     (default 0.05)
   * @param hfWeight {@code PAPERBOY_TRENDING_HF_WEIGHT}: one Hugging Face upvote (default 1)
   * @param starWeight {@code PAPERBOY_TRENDING_STAR_WEIGHT}: per unit of ln(1 + stars gained in the
   *     window) (default 5)
   * @param citationWeight {@code PAPERBOY_TRENDING_CITATION_WEIGHT}: per unit of ln(1 + citations)
   *     (default 3)
   * @param longGravity {@code PAPERBOY_TRENDING_LONG_GRAVITY}: the week's and month's gravity, over
   *     age in days (default 1.0)
   */
  public record Trending(
      double gravity,
      double viewWeight,
      double hfWeight,
      double starWeight,
      double citationWeight,
      double longGravity) {
    public Trending(double gravity, double viewWeight) {
      this(gravity, viewWeight, 1, 5, 3, 1.0);
    }

    public Trending {
      if (!(gravity >= 0 && gravity <= 10) || !(longGravity >= 0 && longGravity <= 10)) {
        throw new ConfigException("PAPERBOY_TRENDING_(LONG_)GRAVITY must be between 0 and 10");
      }
      for (double w : new double[] {viewWeight, hfWeight, starWeight, citationWeight}) {
        if (!(w >= 0 && w <= 100)) {
          throw new ConfigException("PAPERBOY_TRENDING_*_WEIGHT must be between 0 and 100");
        }
      }
    }

    public static Trending defaults() {
      return new Trending(1.8, 0.05);
    }
  }

  public Config(Path dataDir, String dbUrl) {
    this(dataDir, dbUrl, Embeddings.local());
  }

  public Config(Path dataDir, String dbUrl, Embeddings embeddings) {
    this(dataDir, dbUrl, embeddings, null, null, null, null, null, null);
  }

  public Config withWeb(Web web) {
    return new Config(dataDir, dbUrl, embeddings, web, mail, trending, secret, signals, features);
  }

  public Config withMail(Mail mail) {
    return new Config(dataDir, dbUrl, embeddings, web, mail, trending, secret, signals, features);
  }

  public Config withSignals(SignalSettings signals) {
    return new Config(dataDir, dbUrl, embeddings, web, mail, trending, secret, signals, features);
  }

  public Config withFeatures(Features features) {
    return new Config(dataDir, dbUrl, embeddings, web, mail, trending, secret, signals, features);
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
    web = web == null ? Web.defaults() : web;
    mail = mail == null ? Mail.outbox() : mail;
    trending = trending == null ? Trending.defaults() : trending;
    signals = signals == null ? SignalSettings.none() : signals;
    features = features == null ? Features.defaults() : features;
    if (secret != null && secret.length() < 16) {
      throw new ConfigException("PAPERBOY_SECRET must be at least 16 characters long");
    }
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
    return Environment.read(dataOption, dbOption);
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

  /**
   * The secret that signs links: {@code PAPERBOY_SECRET}, else the one in {@code DATA/secret},
   * generated (32 random bytes, readable by the owner only) the first time.
   */
  public byte[] secretBytes() {
    return secret != null
        ? secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)
        : SecretFile.readOrCreate(dataDir);
  }
}
