package org.paperboy.channel;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Webhook addresses are secrets and must not make Paperboy an open proxy into its own network: only
 * {@code https://} on hosts that resolve to public addresses, checked when a channel is saved and
 * again before every send (DNS may have changed since). {@code allowPrivate} (the setting {@code
 * PAPERBOY_WEBHOOK_ALLOW_PRIVATE=true}) lifts both rules, for tests and intranets.
 */
final class WebhookUrls {
  static final int MAX_LENGTH = 2_000;

  private WebhookUrls() {}

  /** The address checked for its form and kind (not resolved); the message says what is wrong. */
  static URI parse(Kind kind, String raw, boolean allowPrivate) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      throw ChannelException.invalid(
          "Give the webhook address (at most " + MAX_LENGTH + " characters).");
    }
    URI url;
    try {
      url = new URI(s);
    } catch (URISyntaxException e) {
      throw ChannelException.invalid("That is not a web address.");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || (allowPrivate && scheme.equals("http")))) {
      throw ChannelException.invalid("The webhook address must start with https://.");
    }
    if (url.getHost() == null || url.getRawUserInfo() != null) {
      throw ChannelException.invalid("The webhook address needs a host (and no user name).");
    }
    if (!kind.fits(url)) {
      throw ChannelException.invalid("That is not " + kind.looksLike() + ".");
    }
    return url;
  }

  /**
   * Resolves the host and refuses it when any of its addresses is loopback, private, link-local
   * (cloud metadata lives there), unique-local, shared (100.64/10), multicast or unspecified.
   */
  static void checkHost(URI url, boolean allowPrivate) {
    if (allowPrivate) {
      return;
    }
    String host = url.getHost();
    if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".internal")) {
      throw ChannelException.invalid("The webhook address points inside the network: refused.");
    }
    InetAddress[] all;
    try {
      all =
          InetAddress.getAllByName(
              host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw ChannelException.invalid("The host " + host + " does not resolve.");
    }
    for (InetAddress a : all) {
      if (!isPublic(a)) {
        throw ChannelException.invalid("The webhook address points inside the network: refused.");
      }
    }
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return !(first == 0
          || (first == 100 && second >= 64 && second < 128) // shared address space
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
          || (first == 198 && (second == 18 || second == 19))
          || first >= 240);
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      boolean mapped = true; // ::ffff:a.b.c.d: judge the IPv4 address inside
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** The address as pages and lists show it: scheme, host and the path's first characters. */
  static String masked(String url) {
    try {
      URI u = new URI(url);
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      String shown = path.length() > 12 ? path.substring(0, 12) : path;
      return u.getScheme()
          + "://"
          + u.getHost()
          + (u.getPort() > 0 ? ":" + u.getPort() : "")
          + shown
          + "…";
    } catch (URISyntaxException e) {
      return "…";
    }
  }
}
