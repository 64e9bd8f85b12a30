package org.paperboy.trending;

import org.paperboy.config.Config;

/**
 * The published trending formula: {@code (1 + votes + viewWeight * views) / (ageHours + 2) ^
 * gravity}, the Hacker News form with one point for being there and views as fractional votes.
 */
final class Score {
  private Score() {}

  static double of(int votes, long views, double ageHours, Config.Trending knobs) {
    double points = 1 + votes + knobs.viewWeight() * views;
    return points / Math.pow(Math.max(0, ageHours) + 2, knobs.gravity());
  }
}
