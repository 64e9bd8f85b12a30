package org.paperboy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.Config;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;

class MailerTest {

  @RegisterExtension static LocalSmtp greenMail = new LocalSmtp();

  @TempDir Path dir;

  static final Clock CLOCK = Clock.fixed(MutableClock.START, ZoneOffset.UTC);

  static final MailMessage DIGEST =
      new MailMessage(
          "reader@lab.org",
          "Today's papers — attention ✓",
          "Plain text body\n",
          "<p>HTML body</p>",
          Map.of("List-Unsubscribe", "<https://paperboy.test/u/1>"));

  @Test
  void smtpSendsMultipartMailWithHeadersOverOneConnection() throws Exception {
    Config.Mail config =
        new Config.Mail("smtp://127.0.0.1:" + greenMail.port(), "Paperboy <papers@lab.org>");
    try (Mailer mailer = Mailer.create(config, dir, "https://papers.lab.org", CLOCK)) {
      for (int i = 0; i < 3; i++) {
        mailer.send(DIGEST);
      }
    }
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(3);
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("Today's papers — attention ✓");
    assertThat(m.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://paperboy.test/u/1>");
    assertThat(m.getHeader("Message-ID")[0]).endsWith("@papers.lab.org>");
    assertThat(m.getSentDate()).isNotNull();
    MimeMultipart parts = (MimeMultipart) m.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    assertThat(List.of(received).stream().map(this::id).distinct()).hasSize(3);
  }

  private String id(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void withoutSmtpMessagesLandInTheOutboxAsEmlFiles() throws Exception {
    try (Mailer mailer = Mailer.create(Config.Mail.outbox(), dir, "http://localhost:8080", CLOCK)) {
      assertThat(mailer.writesToOutbox()).isTrue();
      mailer.send(MailMessage.plain("someone@lab.org", "Hello", "Body\n"));
    }
    List<Path> files;
    try (var list = Files.list(dir.resolve("outbox"))) {
      files = list.toList();
    }
    assertThat(files).hasSize(1);
    assertThat(files.getFirst().toString()).endsWith(".eml");
    try (InputStream in = Files.newInputStream(files.getFirst())) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(m.getSubject()).isEqualTo("Hello");
      assertThat(m.getAllRecipients()[0].toString()).isEqualTo("someone@lab.org");
    }
  }

  @Test
  void anUnreachableServerIsATemporaryFailure() throws Exception {
    // a port held by a bound socket that does not listen: nobody else can take it, and every
    // connection to it is refused
    try (Socket held = new Socket()) {
      held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Config.Mail config = new Config.Mail("smtp://127.0.0.1:" + held.getLocalPort(), null);
      try (Mailer mailer = Mailer.create(config, dir, null, CLOCK)) {
        assertThatThrownBy(() -> mailer.send(DIGEST))
            .isInstanceOfSatisfying(MailException.class, e -> assertThat(e.permanent()).isFalse());
      }
    }
  }

  @Test
  void smtpUrlsNameSecurityHostPortAndCredentials() {
    SmtpSettings tls = SmtpSettings.parse("smtps://me%40lab.org:p%3Ass@mail.lab.org");
    assertThat(tls)
        .isEqualTo(
            new SmtpSettings(SmtpSettings.Security.TLS, "mail.lab.org", 465, "me@lab.org", "p:ss"));
    assertThat(SmtpSettings.parse("smtp+starttls://relay:2525").security())
        .isEqualTo(SmtpSettings.Security.STARTTLS);
    assertThat(SmtpSettings.parse("smtp://relay").port()).isEqualTo(25);
    assertThat(tls.toString()).doesNotContain("p:ss");
    assertThatThrownBy(() -> new Config.Mail("http://relay", null))
        .hasMessageContaining("PAPERBOY_SMTP_URL");
  }
}
