package org.paperboy.people;

/**
 * What a follow did.
 *
 * @param added false when the person already followed the name (one follow, not two)
 * @param papers how many papers the name has here now; 0 is allowed (people follow before the first
 *     paper) and said so
 */
public record FollowOutcome(Followed followed, boolean added, int papers) {
  /** A line for people: what happened, and that there are no papers yet where that is so. */
  public String message() {
    String what = (added ? "Following " : "Already following ") + followed.name();
    return papers == 0
        ? what + ". No papers under this name yet: new ones will appear in your digest."
        : what + " (" + papers + (papers == 1 ? " paper" : " papers") + " here).";
  }
}
