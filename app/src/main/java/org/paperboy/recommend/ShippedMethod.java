package org.paperboy.recommend;

/** A shipped scorer as a {@link ProfileMethod}, on the whitened vectors as the site scores. */
record ShippedMethod(String name, Scorer.Method method) implements ProfileMethod {
  @Override
  public boolean whitened() {
    return true;
  }

  @Override
  public Scoring prepare(RankedProfile profile) {
    Scorer scorer = new Scorer(method);
    Model m = profile.model();
    return v -> scorer.score(m, v).value();
  }
}
