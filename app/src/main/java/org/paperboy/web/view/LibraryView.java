package org.paperboy.web.view;

import java.util.List;

/**
 * The library page: saved papers found by {@code words}, in the order of the selected tab; {@code
 * mine}: the papers the person claimed ("My papers"), on the first page only.
 */
public record LibraryView(
    Page page,
    String words,
    String sort,
    List<Link> sorts,
    long total,
    List<Card> cards,
    Link previous,
    Link next,
    int maxUploadMb,
    List<Card> mine) {}
