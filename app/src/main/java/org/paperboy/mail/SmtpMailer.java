package org.paperboy.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends over one SMTP connection, kept open between messages and reopened when the server drops it.
 * Sockets have TCP_NODELAY set: without it each message waits out the peer's delayed ACK.
 */
final class SmtpMailer implements Mailer {
  private final SmtpSettings settings;
  private final Messages messages;
  private final Session session;
  private Transport transport;

  SmtpMailer(SmtpSettings settings, Messages messages) {
    this.settings = settings;
    this.messages = messages;
    this.session = Session.getInstance(properties(settings));
  }

  private static Properties properties(SmtpSettings s) {
    String p = "mail." + s.protocol() + ".";
    Properties props = new Properties();
    props.put(p + "host", s.host());
    props.put(p + "port", String.valueOf(s.port()));
    props.put(p + "connectiontimeout", "10000");
    props.put(p + "timeout", "30000");
    props.put(p + "writetimeout", "30000");
    props.put(p + "auth", String.valueOf(s.user() != null));
    switch (s.security()) {
      case TLS -> {
        props.put(p + "ssl.enable", "true");
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(p + "ssl.socketFactory", NoDelaySockets.tls());
      }
      case STARTTLS -> {
        props.put(p + "starttls.enable", "true");
        props.put(p + "starttls.required", "true");
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(p + "socketFactory", NoDelaySockets.plain());
      }
      case PLAIN -> {
        props.put(p + "starttls.enable", "true");
        props.put(p + "socketFactory", NoDelaySockets.plain());
      }
    }
    return props;
  }

  @Override
  public synchronized void send(MailMessage message) throws MailException {
    Messages.Encoded encoded;
    try {
      encoded = messages.encode(message);
    } catch (AddressException | IllegalArgumentException e) {
      throw new MailException("cannot write the mail to " + message.to() + ": " + e, true, e);
    }
    try {
      Transport t = connected();
      t.sendMessage(new Prepared(session, encoded), new Address[] {encoded.to()});
    } catch (MessagingException e) {
      closeQuietly();
      throw classify(message.to(), e);
    }
  }

  private Transport connected() throws MessagingException {
    if (transport == null || !transport.isConnected()) {
      closeQuietly();
      Transport t = session.getTransport(settings.protocol());
      t.connect(settings.host(), settings.port(), settings.user(), settings.password());
      transport = t;
    }
    return transport;
  }

  private MailException classify(String to, MessagingException e) {
    int code =
        switch (e) {
          case SMTPAddressFailedException a -> a.getReturnCode();
          case SMTPSendFailedException s -> s.getReturnCode();
          default -> nestedCode(e);
        };
    boolean permanent = code >= 500 && code < 600;
    String what = code > 0 ? "SMTP " + code : causeOf(e);
    return new MailException(
        "mail to " + to + " via " + settings + " failed (" + what + "): " + e.getMessage(),
        permanent,
        e);
  }

  private static int nestedCode(MessagingException e) {
    Exception next = e.getNextException();
    if (next instanceof MessagingException m && next != e) {
      return switch (m) {
        case SMTPAddressFailedException a -> a.getReturnCode();
        case SMTPSendFailedException s -> s.getReturnCode();
        default -> -1;
      };
    }
    return -1;
  }

  private static String causeOf(MessagingException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t instanceof SocketTimeoutException ? "timeout" : t.getClass().getSimpleName();
  }

  private void closeQuietly() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the connection is being dropped anyway
      }
      transport = null;
    }
  }

  /** A message JavaMail sends as the bytes {@link Messages} wrote, without building its own. */
  private static final class Prepared extends MimeMessage {
    private final Messages.Encoded encoded;

    Prepared(Session session, Messages.Encoded encoded) {
      super(session);
      this.encoded = encoded;
    }

    @Override
    public Address[] getFrom() {
      return new Address[] {encoded.from()}; // the envelope sender
    }

    @Override
    public int getSize() {
      return encoded.bytes().length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(encoded.bytes());
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException {
      out.write(encoded.bytes());
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }
}
