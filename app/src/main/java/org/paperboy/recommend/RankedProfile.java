package org.paperboy.recommend;

import java.util.List;
import java.util.Set;

/**
 * A profile as a {@link ProfileMethod} sees it: its saved and dismissed papers that are stored, as
 * vectors in the method's space (newest first, at most {@value Model#MAX_LIKED} and {@value
 * Model#MAX_DISLIKED}), and the stored papers to rank. The arrays are shared: read them, never
 * write.
 */
public final class RankedProfile {
  private final List<String> liked;
  private final Model model;
  private final float[][] stored;
  private final Set<Integer> listed;

  RankedProfile(List<String> liked, Model model, float[][] stored, Set<Integer> listed) {
    this.liked = liked;
    this.model = model;
    this.stored = stored;
    this.listed = listed;
  }

  /** The saved papers' ids as the profile gives them, stored or not. */
  public List<String> likedIds() {
    return liked;
  }

  public float[][] liked() {
    return model.liked();
  }

  public float[][] disliked() {
    return model.disliked();
  }

  /** How many papers are stored (ranked or in the profile's lists). */
  public int storedCount() {
    return stored.length;
  }

  public float[] stored(int i) {
    return stored[i];
  }

  /** Whether the stored paper {@code i} is in the profile's lists (so not ranked). */
  public boolean listed(int i) {
    return listed.contains(i);
  }

  /**
   * How many distinct papers of the profile's lists are left out of the ranking: the stored ones,
   * plus one for all the ids that are not stored (as the {@code logreg} runs of BENCHMARKS.md drew
   * their random papers).
   */
  public int listedCount() {
    return listed.size();
  }

  Model model() {
    return model;
  }
}
