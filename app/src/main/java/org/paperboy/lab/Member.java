package org.paperboy.lab;

import java.time.Instant;

/**
 * A person in a lab.
 *
 * @param showSaves whether the lab page shows what they saved this week, with their address
 */
public record Member(String userId, String email, Role role, boolean showSaves, Instant joined) {

  /** Owners invite and remove people and manage the lab's channels; members read and add. */
  public enum Role {
    OWNER,
    MEMBER;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Role parse(String s) {
      return "owner".equals(s) ? OWNER : MEMBER;
    }
  }

  public boolean owner() {
    return role == Role.OWNER;
  }
}
