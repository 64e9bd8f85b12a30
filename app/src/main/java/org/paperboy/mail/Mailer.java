package org.paperboy.mail;

import java.nio.file.Path;
import java.time.Clock;
import org.paperboy.config.Config;

/**
 * Sends mail: over SMTP when one is configured, otherwise into {@code DATA/outbox/} as .eml files
 * so that the embedded default works with no mail server. The package's one public entry.
 */
public interface Mailer extends AutoCloseable {

  /** Sends one message; returns only once the server (or the outbox) has accepted it. */
  void send(MailMessage message) throws MailException;

  /** How many messages may be sent at once (one per open connection). */
  default int parallelism() {
    return 1;
  }

  /** True when messages stay on this machine instead of reaching anyone. */
  default boolean writesToOutbox() {
    return false;
  }

  @Override
  default void close() {}

  static Mailer create(Config.Mail config, Path dataDir, String baseUrl, Clock clock) {
    Messages messages = new Messages(config.from(), baseUrl);
    return config.smtpUrl() == null
        ? new OutboxMailer(dataDir.resolve("outbox"), messages, clock)
        : new SmtpPool(SmtpSettings.parse(config.smtpUrl()), messages, config.connections());
  }
}
