package org.paperboy.web.view;

import java.util.List;

/** A subscriber's settings page. {@code token} is the signed settings token, or "" in a session. */
public record SettingsView(
    Page page,
    String token,
    String email,
    String status,
    String frequency,
    int weekday,
    int hour,
    String zone,
    int paperCount,
    boolean includeTrending,
    boolean noticeWhenEmpty,
    List<TopicRow> topics,
    List<String> zones,
    String notice) {

  /** A topic as the page lists it. */
  public record TopicRow(String id, String name, String query) {}

  public boolean paused() {
    return status.equals("paused");
  }
}
