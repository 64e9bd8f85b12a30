package org.paperboy.web.view;

import java.util.List;

/** What the lab pages show. */
public final class LabViews {
  private LabViews() {}

  /** {@code /labs}: the visitor's labs and a form to create one. */
  public record Index(Page page, List<Link> labs) {}

  /** A person in a lab, with whether the visitor may remove them. */
  public record Person(String userId, String email, boolean owner, boolean removable) {}

  /** One of the lab's lists, linked, with its size. */
  public record ListLink(String name, String href, int papers) {}

  /** A paper members saved this week and who (or how many unnamed) saved it. */
  public record Saved(Card card, String who) {}

  /** A channel as owners see it: the address masked. */
  public record ChannelRow(
      String id, String kind, String maskedUrl, String schedule, String status, String problem) {}

  /** A topic of the lab. */
  public record TopicRow(String id, String name, String query) {}

  /** {@code /labs/{slug}}. */
  public record Lab(
      Page page,
      String slug,
      String name,
      String description,
      boolean owner,
      boolean showSaves,
      List<Person> people,
      List<ListLink> lists,
      List<Saved> week,
      List<TopicRow> topics,
      List<ChannelRow> channels,
      List<String> kinds) {}

  /** A paper on a list, with its note, who added it and whether it was discussed. */
  public record Entry(Card card, String note, String addedBy, String added, boolean discussed) {}

  /** {@code /labs/{slug}/lists/{list}}. */
  public record ListPage(
      Page page,
      String labSlug,
      String labName,
      String listSlug,
      String listName,
      String base,
      List<Entry> entries) {}

  /** A list a paper can be put on, with whether it is there already. */
  public record Target(String value, String label, boolean holds) {}

  /** {@code /labs/add?paper=ID}: choose a list and write a note. */
  public record Add(Page page, Card card, List<Target> targets, int noteChars) {}
}
