package org.paperboy.people;

/**
 * An author a person follows.
 *
 * @param name as the person wrote it
 * @param key the normalised name the papers are matched by
 */
public record Followed(String name, String key) {}
