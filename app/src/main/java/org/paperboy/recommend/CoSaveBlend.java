package org.paperboy.recommend;

/**
 * How the co-save score joins the content score: {@code content + WEIGHT · cosave}, so a paper
 * nobody co-saved ranks by content alone and one with co-saves by both. A fixed scale (no
 * per-person statistics), so the one threshold of {@link Recommendations} means the same for
 * everybody. The best of the candidates measured on the CiteULike dev set (BENCHMARKS.md: z-scores,
 * rank fusion, a learnt regression, a saturating curve, other weights).
 */
final class CoSaveBlend {
  static final double WEIGHT = 4.0;

  private CoSaveBlend() {}

  /** What the co-save score adds to the content score. */
  static double extra(double cosave) {
    return WEIGHT * cosave;
  }
}
