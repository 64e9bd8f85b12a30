package org.paperboy.mail;

import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each message as an .eml file (written aside, then moved in whole) into a folder. */
final class OutboxMailer implements Mailer {
  private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private final Path folder;
  private final Messages messages;
  private final AtomicLong counter = new AtomicLong();
  private final Clock clock;

  OutboxMailer(Path folder, Messages messages, Clock clock) {
    this.folder = folder;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public void send(MailMessage message) throws MailException {
    try {
      Files.createDirectories(folder);
      byte[] mime = messages.encode(message).bytes();
      String name =
          STAMP.format(LocalDateTime.now(clock))
              + "-"
              + ProcessHandle.current().pid()
              + "-"
              + counter.incrementAndGet()
              + ".eml";
      Path part = folder.resolve(name + ".part");
      Files.write(part, mime);
      Path file = Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      log.info("No SMTP server configured: mail to {} written to {}", message.to(), file);
    } catch (AddressException | IllegalArgumentException e) {
      throw new MailException("cannot write the mail to " + message.to() + ": " + e, true, e);
    } catch (IOException e) {
      throw new MailException("could not write to the outbox " + folder + ": " + e, false, e);
    }
  }

  @Override
  public boolean writesToOutbox() {
    return true;
  }
}
