package org.paperboy.web.view;

/** A navigation link; {@code current} marks the one the page is on. */
public record Link(String label, String href, boolean current) {}
