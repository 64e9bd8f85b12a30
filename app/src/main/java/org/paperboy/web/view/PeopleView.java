package org.paperboy.web.view;

import java.util.List;

/**
 * The settings page of people: the authors followed, the papers claimed and the alert switch.
 *
 * @param following each a link to the author's page
 * @param claimed the claimed papers as cards
 */
public record PeopleView(
    Page page, List<Link> following, List<Card> claimed, boolean libraryAlerts, String notice) {}
