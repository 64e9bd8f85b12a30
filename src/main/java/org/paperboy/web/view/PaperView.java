package org.paperboy.web.view;

import java.util.List;

/** A paper's own page. */
public record PaperView(
    Page page,
    Card card,
    String abstractText,
    String published,
    String updated,
    String doi,
    String journalRef,
    String comments,
    List<Card> similar) {}
