package org.paperboy.trending;

import java.time.LocalDate;
import java.util.List;

/** One page of a trending window; {@code from..to} is the span of days it ranks. */
public record TrendingPage(
    Window window, LocalDate from, LocalDate to, List<Ranked> entries, int total) {}
