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
 */
public record Digest(
    Subscriber subscriber,
    LocalDate date,
    Instant from,
    Instant until,
    List<Item> items,
    int newPapers,
    List<Item> forYou) {

  /**
   * A paper in the digest and the reasons it is there ("matches topic KV cache", "#3 trending").
   */
  public record Item(Paper paper, List<String> reasons) {}

  /** How many papers the digest shows, in all sections. */
  public int size() {
    return items.size() + forYou.size();
  }

  public boolean empty() {
    return items.isEmpty() && forYou.isEmpty();
  }
}
