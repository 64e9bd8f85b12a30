package org.paperboy.web.view;

import java.util.List;

/** A paper's own page; {@code signalHistory}: how its outside signals moved, newest first. */
public record PaperView(
    Page page,
    Card card,
    String abstractText,
    String published,
    String updated,
    String doi,
    String journalRef,
    String comments,
    List<Card> similar,
    List<String> signalHistory) {}
