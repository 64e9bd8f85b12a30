package org.paperboy.trending;

import org.paperboy.config.Config;

/**
 * The published trending formula: {@code (1 + votes + viewWeight * views) / (ageHours + 2) ^
 * gravity}, the Hacker News form with one point for being there and views as fractional votes. What
 * views add is capped at {@link #MAX_VIEW_POINTS}: they cannot outweigh a handful of votes.
 */
final class Score {
  /** The most that views can add to a paper's points, as many votes' worth. */
  static final double MAX_VIEW_POINTS = 5;

  private Score() {}

  static double of(int votes, long views, double ageHours, Config.Trending knobs) {
    double points = 1 + votes + Math.min(MAX_VIEW_POINTS, knobs.viewWeight() * views);
    return points / Math.pow(Math.max(0, ageHours) + 2, knobs.gravity());
  }
}
