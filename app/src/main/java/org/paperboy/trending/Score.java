package org.paperboy.trending;

import org.paperboy.config.Config;
import org.paperboy.signals.PaperSignals;

/**
 * The published trending formula: {@code points / (age + 2) ^ gravity}, the Hacker News form, with
 * {@code points = 1 + votes + min(MAX_VIEW_POINTS, viewWeight * views) + hfWeight * upvotes +
 * starWeight * ln(1 + stars gained in the window) + citationWeight * ln(1 + citations)}: one point
 * for being there, views as fractional votes (capped at {@link #MAX_VIEW_POINTS}: they cannot
 * outweigh a handful of votes), a Hugging Face upvote as a vote, stars and citations on a log scale
 * (a thousand stars must not bury everything else), plus what any further registered source's
 * numbers add ({@code PaperSignals.morePoints}, 0 with the first three). Today's age is in hours
 * with {@code gravity}; the week's and month's in days with {@code longGravity}, so that over those
 * spans the signals, not the hours, decide the order.
 */
final class Score {
  /** The most that views can add to a paper's points, as many votes' worth. */
  static final double MAX_VIEW_POINTS = 5;

  private Score() {}

  static double of(int votes, long views, double ageHours, Config.Trending knobs) {
    return of(votes, views, PaperSignals.NONE, ageHours, Window.DAY, knobs);
  }

  static double of(
      int votes,
      long views,
      PaperSignals outside,
      double ageHours,
      Window window,
      Config.Trending knobs) {
    double points =
        1
            + votes
            + Math.min(MAX_VIEW_POINTS, knobs.viewWeight() * views)
            + knobs.hfWeight() * count(outside.hfUpvotes())
            + knobs.starWeight() * Math.log1p(count(outside.githubStarsGained()))
            + knobs.citationWeight() * Math.log1p(count(outside.citations()))
            + outside.morePoints();
    double age = Math.max(0, ageHours);
    return window == Window.DAY
        ? points / Math.pow(age + 2, knobs.gravity())
        : points / Math.pow(age / 24 + 2, knobs.longGravity());
  }

  private static double count(Long n) {
    return n == null ? 0 : n;
  }
}
