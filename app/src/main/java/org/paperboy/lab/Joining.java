package org.paperboy.lab;

/** What an invitation link does for the person who opens it. */
public sealed interface Joining {
  /** The link is good: the lab to join, and the address it was sent to. */
  record Valid(Lab lab, String email) implements Joining {}

  /** Joined now (or was a member already). */
  record Joined(Lab lab) implements Joining {}

  /** The link was never made here or was changed. */
  record Unknown() implements Joining {}

  /** The link is older than 7 days. */
  record Expired(Lab lab) implements Joining {}

  /** The link was used already. */
  record Used(Lab lab) implements Joining {}

  /** The link was sent to another address than the signed-in person's. */
  record OtherAddress(Lab lab, String invited) implements Joining {}
}
