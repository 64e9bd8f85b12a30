package org.paperboy.account;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A feature's part of deleting a person: it removes what it keeps of them (and undoes what they
 * counted for, such as votes) inside the deletion's one transaction. Rows that refer to the user
 * with {@code ON DELETE CASCADE} need none: they go with the user row.
 */
@FunctionalInterface
public interface PersonalData {
  /**
   * @param userId the person's account, or null when the address has none (only a subscription)
   * @param email the person's normalised address
   * @return rows removed
   */
  int erase(Connection c, String userId, String email) throws SQLException;
}
