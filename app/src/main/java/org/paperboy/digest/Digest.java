package org.paperboy.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.subscription.Subscriber;

/**
 * One subscriber's digest for one date: the papers, each with why it is there.
 *
 * @param newPapers how many papers were first seen in the window, matched or not
 * @param forYou the "For you" section: papers recommended from the person's library, with reasons
 * @param people the sections right after "For you": "New from people you follow", "New papers
 *     citing your work", "New papers citing your library" (those that have papers)
 */
public record Digest(
    Subscriber subscriber,
    LocalDate date,
    Instant from,
    Instant until,
    List<Item> items,
    int newPapers,
    List<Item> forYou,
    List<Section> people) {

  public Digest(
      Subscriber subscriber,
      LocalDate date,
      Instant from,
      Instant until,
      List<Item> items,
      int newPapers,
      List<Item> forYou) {
    this(subscriber, date, from, until, items, newPapers, forYou, List.of());
  }

  /** A section of its own with a heading, e.g. "New from people you follow". */
  public record Section(String heading, List<Item> items) {}

  /** Whether any section comes before the plain list of new papers. */
  public boolean hasSections() {
    return !forYou.isEmpty() || !people.isEmpty();
  }

  /**
   * A paper in the digest and the reasons it is there ("matches topic KV cache", "#3 trending").
   */
  public record Item(Paper paper, List<String> reasons) {}

  /** How many papers the digest shows, in all sections. */
  public int size() {
    return items.size()
        + forYou.size()
        + people.stream().mapToInt(section -> section.items().size()).sum();
  }

  public boolean empty() {
    return items.isEmpty() && forYou.isEmpty() && people.isEmpty();
  }
}
