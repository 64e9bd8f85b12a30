package org.paperboy.subscription;

/** A saved search a subscriber follows, in the search syntax, with a name to show in the mail. */
public record Topic(String id, String name, String query) {
  static final int MAX_PER_SUBSCRIBER = 20;
  static final int MAX_QUERY = 300;
  static final int MAX_NAME = 100;
}
