package org.paperboy.lab;

import java.time.Instant;

/** A lab: people who read papers together, at {@code /labs/{slug}}. */
public record Lab(String id, String slug, String name, String description, Instant createdAt) {}
