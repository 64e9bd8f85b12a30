package org.paperboy.channel;

import java.net.URI;
import java.util.Locale;

/** Where a channel posts, and what its webhook addresses look like. */
public enum Kind {
  SLACK("a Slack incoming webhook (…/services/…)"),
  DISCORD("a Discord webhook (…/api/webhooks/…)"),
  MATTERMOST("a Mattermost incoming webhook (…/hooks/…)"),
  TEAMS("a Teams workflow webhook (…/workflows/… or …/webhookb2/…)"),
  WEBHOOK("any JSON webhook");

  private final String looksLike;

  Kind(String looksLike) {
    this.looksLike = looksLike;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind parse(String s) {
    for (Kind k : values()) {
      if (k.key().equalsIgnoreCase(s == null ? "" : s.strip())) {
        return k;
      }
    }
    throw ChannelException.invalid(
        "The kind is slack, discord, mattermost, teams or webhook, not “" + s + "”.");
  }

  /**
   * Whether the address has the path of this kind's webhooks. The host is not checked: any public
   * https host is accepted (Mattermost lives anywhere, and so do proxies).
   */
  boolean fits(URI url) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return switch (this) {
      case SLACK -> path.startsWith("/services/") && path.length() > "/services/".length();
      case DISCORD -> path.matches("(/.*)?/api(/v\\d+)?/webhooks/[^/]+/[^/]+/?");
      case MATTERMOST -> path.matches("(/.*)?/hooks/[A-Za-z0-9]+/?");
      case TEAMS -> path.contains("/workflows/") || path.contains("/webhookb2/");
      case WEBHOOK -> true;
    };
  }

  String looksLike() {
    return looksLike;
  }
}
