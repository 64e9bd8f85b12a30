package org.paperboy.recommend;

/**
 * How the co-save score joins the content score: {@code content + WEIGHT · cosave / (cosave +
 * HALF)}, so a paper nobody co-saved ranks by content alone, and one with co-saves by both, the
 * co-save part growing with the evidence but never past {@link #WEIGHT}. A fixed scale (no
 * per-person statistics), so the one threshold of {@link Recommendations} still means the same for
 * everybody. The candidates measured against it are in BENCHMARKS.md.
 */
final class CoSaveBlend {
  static final double WEIGHT = 1.0;
  static final double HALF = 0.5;

  private CoSaveBlend() {}

  /** What the co-save score adds to the content score. */
  static double extra(double cosave) {
    return cosave <= 0 ? 0 : WEIGHT * cosave / (cosave + HALF);
  }
}
