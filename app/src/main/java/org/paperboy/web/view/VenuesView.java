package org.paperboy.web.view;

import java.util.List;

/**
 * The venues page ({@code rows}, with {@code groups} empty) or one venue's page ({@code groups}:
 * its papers by decision, with {@code feedHref} its Atom feed).
 */
public record VenuesView(
    Page page, String heading, List<Row> rows, List<Group> groups, String feedHref, long total) {

  /** A venue in the list, with its paper count. */
  public record Row(String label, String href, long papers) {}

  /** The papers of one decision ("Oral", "Poster", or "Accepted" when none was given). */
  public record Group(String decision, List<Card> cards) {}
}
