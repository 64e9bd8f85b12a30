package org.paperboy.web.view;

import java.util.List;

/**
 * The "For you" page: a window's papers recommended for the signed-in person, each with why, and
 * {@code following}: the window's papers by the authors they follow.
 */
public record ForYouView(
    Page page, List<Link> tabs, String span, List<Item> items, List<Item> following) {
  /**
   * A recommended paper.
   *
   * @param reason plain text: "like “Title”, which you saved", "matches your topic X", "#3
   *     trending"
   * @param becauseTitle the saved paper it is like (shown in italics), or null
   */
  public record Item(Card card, String reason, String becauseTitle) {}
}
