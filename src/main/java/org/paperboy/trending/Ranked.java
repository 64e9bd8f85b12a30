package org.paperboy.trending;

import org.paperboy.paper.Paper;

/** A paper in a ranking, with the signals behind its place. */
public record Ranked(Paper paper, int rank, double score, int votes, long views) {}
