package org.paperboy.web.view;

import java.util.List;

/**
 * An author's page.
 *
 * @param coauthors each a link to the co-author's page, labelled with the name
 * @param coauthorCounts papers written together, in the order of {@code coauthors}
 * @param years "2019–2025", or empty when no paper has a date
 * @param claimedHere how many of the name's papers the visitor claimed
 */
public record AuthorView(
    Page page,
    String name,
    int paperCount,
    List<Card> cards,
    List<Link> coauthors,
    List<Integer> coauthorCounts,
    List<Link> categories,
    String years,
    List<Link> alsoWrittenAs,
    boolean following,
    int claimedHere,
    String feedHref,
    String searchHref,
    Link previous,
    Link next,
    String notice) {}
