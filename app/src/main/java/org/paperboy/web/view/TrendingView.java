package org.paperboy.web.view;

import java.util.List;

/** The front page: one trending window. */
public record TrendingView(
    Page page, List<Link> tabs, String span, List<Card> cards, Link previous, Link next) {}
