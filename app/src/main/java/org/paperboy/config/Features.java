package org.paperboy.config;

/**
 * Settings of single features, read with the rest of the config.
 *
 * @param coSaves {@code PAPERBOY_COSAVE_MIN_READERS}: how many readers make a co-save
 * @param webhooksAllowPrivate {@code PAPERBOY_WEBHOOK_ALLOW_PRIVATE=true}: channels accept
 *     addresses inside the network, and plain http (tests, intranets); off by default
 */
public record Features(CoSaveSettings coSaves, boolean webhooksAllowPrivate) {
  public Features {
    coSaves = coSaves == null ? new CoSaveSettings(CoSaveSettings.DEFAULT_MIN_READERS) : coSaves;
  }

  public static Features defaults() {
    return new Features(null, false);
  }
}
