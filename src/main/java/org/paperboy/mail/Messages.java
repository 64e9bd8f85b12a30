package org.paperboy.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;

/** Turns a {@link MailMessage} into MIME: multipart/alternative when it has HTML, UTF-8 always. */
final class Messages {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final InternetAddress from;
  private final String idDomain;

  Messages(String from, String baseUrl) {
    try {
      this.from = new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalArgumentException(
          "PAPERBOY_MAIL_FROM is not a mail address: '" + from + "'", e);
    }
    String host = baseUrl == null ? null : URI.create(baseUrl).getHost();
    this.idDomain = host == null || host.isBlank() ? "paperboy.localhost" : host;
  }

  MimeMessage build(Session session, MailMessage message) throws MessagingException {
    String id = message.headers().get("Message-ID");
    MimeMessage mime = new StableIdMessage(session, id != null ? id : newMessageId());
    mime.setFrom(from);
    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to(), true));
    mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mime.setSentDate(new Date());
    for (Map.Entry<String, String> h : message.headers().entrySet()) {
      if (!h.getKey().equals("Message-ID")) {
        mime.setHeader(h.getKey(), h.getValue());
      }
    }
    if (message.html() == null) {
      mime.setDataHandler(part(message.text(), "text/plain"));
      mime.setHeader("Content-Transfer-Encoding", "quoted-printable");
    } else {
      MimeMultipart alternative = new MimeMultipart("alternative");
      MimeBodyPart text = new MimeBodyPart();
      text.setDataHandler(part(message.text(), "text/plain"));
      text.setHeader("Content-Transfer-Encoding", "quoted-printable");
      MimeBodyPart html = new MimeBodyPart();
      html.setDataHandler(part(message.html(), "text/html"));
      // base64 for the HTML: encoding 20 KB of it quoted-printable took a third of a send
      html.setHeader("Content-Transfer-Encoding", "base64");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      mime.setContent(alternative);
    }
    mime.saveChanges();
    return mime;
  }

  /**
   * A body part from bytes already in UTF-8: JavaMail then writes them out as they are, instead of
   * looking up a content handler in the class path's mailcap files for every message.
   */
  private static jakarta.activation.DataHandler part(String body, String type) {
    return new jakarta.activation.DataHandler(
        new jakarta.mail.util.ByteArrayDataSource(
            body.getBytes(StandardCharsets.UTF_8), type + "; charset=UTF-8"));
  }

  private String newMessageId() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return "<" + HexFormat.of().formatHex(bytes) + "@" + idDomain + ">";
  }

  /** Keeps the Message-ID chosen here instead of the one JavaMail would make up. */
  private static final class StableIdMessage extends MimeMessage {
    private final String id;

    StableIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
