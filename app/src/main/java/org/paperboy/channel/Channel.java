package org.paperboy.channel;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * A lab's channel: where and when its papers are posted.
 *
 * @param url the webhook address: a secret, never shown whole after saving
 * @param secret the key a webhook channel's bodies are signed with (HMAC-SHA256)
 */
public record Channel(
    String id, String labId, Kind kind, String url, String secret, Plan plan, State state) {

  /** What is posted, and when, in the channel's own time zone. */
  public record Plan(
      boolean weekly, DayOfWeek weekday, int hour, ZoneId zone, Set<Content> content, int papers) {
    public String describe() {
      return (weekly
              ? "weekly on "
                  + weekday.getDisplayName(
                      java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                  + "s"
              : "daily")
          + " at "
          + String.format("%02d:00", hour)
          + " "
          + zone.getId();
    }
  }

  /** What a channel posts: the lab's topics, trending papers, and the lab's week on its lists. */
  public enum Content {
    TOPICS,
    TRENDING,
    WEEK
  }

  /**
   * @param failingSince the first refusal (404, 410, Slack's invalid_token …) of an unbroken run
   * @param disabled why it was disabled, or null while it is active
   * @param coveredUntil papers first seen up to here were posted already
   */
  public record State(
      Instant failingSince, String disabled, boolean ownersTold, Instant coveredUntil) {
    public boolean active() {
      return disabled == null;
    }
  }

  /** The address as it may be shown: masked. */
  public String maskedUrl() {
    return WebhookUrls.masked(url);
  }

  /** Never the address itself: records print in logs. */
  @Override
  public String toString() {
    return "Channel[" + id + ", " + kind.key() + ", " + maskedUrl() + "]";
  }
}
