package org.paperboy.web.view;

/** What Paperboy is and how trending is computed, with the knobs in force. */
public record AboutView(Page page, double gravity, double viewWeight, long papers) {}
