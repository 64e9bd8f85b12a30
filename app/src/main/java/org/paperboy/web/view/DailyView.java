package org.paperboy.web.view;

import java.util.List;

/** The papers of a day, a week or a month. */
public record DailyView(
    Page page,
    String heading,
    List<Link> spans,
    Link earlier,
    Link later,
    long total,
    List<Card> cards,
    Link previousPage,
    Link nextPage) {}
