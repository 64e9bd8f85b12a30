package org.paperboy.config;

/**
 * Co-saves ("readers who saved this also saved", docs/recommendations.md).
 *
 * @param minReaders {@code PAPERBOY_COSAVE_MIN_READERS}: a pair of papers counts only when at least
 *     this many different readers saved both (default 3, at least 2: a pair one reader saved would
 *     tell others what that reader saved)
 */
public record CoSaveSettings(int minReaders) {
  public static final int DEFAULT_MIN_READERS = 3;

  public CoSaveSettings {
    if (minReaders < 2 || minReaders > 1000) {
      throw new Config.ConfigException(
          "PAPERBOY_COSAVE_MIN_READERS must be between 2 and 1000, not " + minReaders);
    }
  }

  /** From the environment, else the default; read with the rest of the config. */
  static CoSaveSettings fromEnvironment() {
    String v = Environment.blankToNull(System.getenv("PAPERBOY_COSAVE_MIN_READERS"));
    if (v == null) {
      return new CoSaveSettings(DEFAULT_MIN_READERS);
    }
    try {
      return new CoSaveSettings(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      throw new Config.ConfigException(
          "PAPERBOY_COSAVE_MIN_READERS must be a whole number, not '" + v + "'");
    }
  }
}
