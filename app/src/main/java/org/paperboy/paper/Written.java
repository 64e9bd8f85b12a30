package org.paperboy.paper;

/** A paper as an upsert wrote it, with its change number; {@code added} when it is new. */
public record Written(Paper paper, long seq, boolean added) {}
