package org.paperboy.recommend;

import java.util.List;

/**
 * A way to rank every stored paper for a profile ({@code recommend --profiles --method NAME}): the
 * extension point where candidates are measured against the shipped blend. The product offers
 * {@link #SHIPPED} (the blend the site and the digests use, and its parts); the lab adds the
 * candidates that are not shipped. A method is asked once per profile, on several threads at once,
 * and its answer scores each stored paper outside the profile's lists.
 */
public interface ProfileMethod {
  /** The name {@code --method} takes; the run's tag is {@code paperboy-NAME}. */
  String name();

  /** Whether the method scores the whitened vectors (the site's space) or the raw stored ones. */
  boolean whitened();

  /** The scoring of one profile's papers, ready for every stored paper. */
  Scoring prepare(RankedProfile profile);

  /** Scores one stored paper's vector (whitened or raw, as the method asked). */
  @FunctionalInterface
  interface Scoring {
    double score(float[] vector);
  }

  /** The shipped blend (the default) and its parts, as the site scores. */
  List<ProfileMethod> SHIPPED =
      List.of(
          new ShippedMethod("blend", Scorer.Method.BLEND),
          new ShippedMethod("knn", Scorer.Method.KNN),
          new ShippedMethod("centroid", Scorer.Method.CENTROID),
          new ShippedMethod("decay", Scorer.Method.DECAY));

  /** The method of that name among those given, or a clear error naming them. */
  static ProfileMethod named(String name, List<ProfileMethod> among) {
    List<String> names = among.stream().map(ProfileMethod::name).toList();
    return among.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown method '" + name + "' (use one of " + names + ")"));
  }
}
