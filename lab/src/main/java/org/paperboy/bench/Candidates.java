package org.paperboy.bench;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.recommend.ProfileMethod;
import org.paperboy.recommend.RankedProfile;

/**
 * The ranking methods {@code lab/run profiles --method} offers: the product's shipped ones, then
 * the candidates that are not shipped (BENCHMARKS.md measures them all on the CiteULike dev set).
 */
public final class Candidates {
  /** Every method, the shipped blend first. */
  public static final List<ProfileMethod> ALL = all();

  private Candidates() {}

  private static List<ProfileMethod> all() {
    List<ProfileMethod> all = new ArrayList<>(ProfileMethod.SHIPPED);
    all.add(new LogisticMethod("logreg", false));
    all.add(new LogisticMethod("logreg-blend", true));
    for (String shipped : List.of("knn", "centroid", "decay")) {
      all.add(new Raw(ProfileMethod.named(shipped, ProfileMethod.SHIPPED)));
    }
    return List.copyOf(all);
  }

  /** The method of that name, or an error naming them all. */
  public static ProfileMethod named(String name) {
    return ProfileMethod.named(name, ALL);
  }

  /**
   * A shipped scorer on the raw (unwhitened) stored vectors, as the site scored before whitening.
   */
  record Raw(ProfileMethod of) implements ProfileMethod {
    @Override
    public String name() {
      return "raw-" + of.name();
    }

    @Override
    public boolean whitened() {
      return false;
    }

    @Override
    public Scoring prepare(RankedProfile profile) {
      return of.prepare(profile);
    }
  }
}
