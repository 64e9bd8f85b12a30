package org.paperboy.trending;

import java.time.LocalDate;
import java.util.List;

/**
 * The papers first published in {@code from..to}, most voted first. {@code previous} and {@code
 * next} are the nearest dates outside the span that have papers, or null.
 */
public record DayPage(
    Span span,
    LocalDate from,
    LocalDate to,
    LocalDate previous,
    LocalDate next,
    List<Ranked> entries,
    long total) {}
