package org.paperboy.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.paperboy.config.Config.ConfigException;

/**
 * An SMTP server as {@code PAPERBOY_SMTP_URL} names it.
 *
 * @param security PLAIN upgrades to STARTTLS when offered, STARTTLS requires it, TLS starts with it
 */
record SmtpSettings(Security security, String host, int port, String user, String password) {
  enum Security {
    PLAIN,
    STARTTLS,
    TLS
  }

  static SmtpSettings parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ConfigException("PAPERBOY_SMTP_URL is not a URL: " + e.getMessage());
    }
    Security security =
        switch (uri.getScheme()) {
          case "smtps" -> Security.TLS;
          case "smtp+starttls" -> Security.STARTTLS;
          case "smtp" -> Security.PLAIN;
          default -> throw new ConfigException("PAPERBOY_SMTP_URL has an unknown scheme");
        };
    if (uri.getHost() == null) {
      throw new ConfigException("PAPERBOY_SMTP_URL names no host");
    }
    int port =
        uri.getPort() > 0
            ? uri.getPort()
            : switch (security) {
              case TLS -> 465;
              case STARTTLS -> 587;
              case PLAIN -> 25;
            };
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? "" : decode(info.substring(colon + 1));
    }
    return new SmtpSettings(security, uri.getHost(), port, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  String protocol() {
    return security == Security.TLS ? "smtps" : "smtp";
  }

  @Override
  public String toString() {
    return protocol() + "://" + (user == null ? "" : user + "@") + host + ":" + port;
  }
}
