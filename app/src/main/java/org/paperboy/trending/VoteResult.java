package org.paperboy.trending;

/** A person's vote on a paper after a toggle, and the paper's vote count. */
public record VoteResult(boolean voted, int votes) {}
