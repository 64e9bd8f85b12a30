package org.paperboy.bench;

import java.util.Random;
import org.paperboy.recommend.ProfileMethod;
import org.paperboy.recommend.RankedProfile;

/**
 * The {@code logreg} candidates (not shipped; BENCHMARKS.md has why): each profile's {@link
 * Logistic} regression on the whitened vectors, its saved papers against {@value
 * Logistic#NEGATIVES} random stored papers each (and its dismissed ones). {@code logreg} ranks by
 * its log-odds; {@code logreg-blend} sums the shipped blend and the regression as z-scores, their
 * scales measured on {@value Logistic#REFERENCE} other random stored papers.
 */
record LogisticMethod(String name, boolean withBlend) implements ProfileMethod {
  @Override
  public boolean whitened() {
    return true;
  }

  @Override
  public Scoring prepare(RankedProfile p) {
    float[][] liked = p.liked();
    if (liked.length == 0) {
      return v -> 0;
    }
    // random stored papers, drawn the same way every run for the same profile
    Random r = new Random(p.likedIds().hashCode());
    float[][] negatives = draw(p, r, Logistic.NEGATIVES * liked.length);
    float[][] reference = draw(p, r, Logistic.REFERENCE);
    Scoring blend = ProfileMethod.named("blend", ProfileMethod.SHIPPED).prepare(p);
    Logistic.Learnt l = Logistic.learn(liked, p.disliked(), negatives, reference, blend);
    if (!withBlend) {
      return v -> l.weights().score(v); // the dismissed papers were learnt as negatives
    }
    return v -> l.z(blend.score(v), l.weights().score(v));
  }

  /** {@code n} random stored papers outside the profile's lists (fewer if there are not). */
  private static float[][] draw(RankedProfile p, Random r, int n) {
    int want = Math.min(n, p.storedCount() - p.listedCount());
    float[][] out = new float[Math.max(0, want)][];
    for (int k = 0; k < out.length; ) {
      int i = r.nextInt(p.storedCount());
      if (!p.listed(i)) {
        out[k++] = p.stored(i);
      }
    }
    return out;
  }
}
