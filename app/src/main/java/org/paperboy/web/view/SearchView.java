package org.paperboy.web.view;

import java.util.List;

/** Search results with the form that made them. */
public record SearchView(
    Page page,
    String q,
    String mode,
    String sort,
    String category,
    String from,
    String to,
    String summary,
    List<Card> cards,
    Link previousPage,
    Link nextPage,
    String feedUrl) {}
