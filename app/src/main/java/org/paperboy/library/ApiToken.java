package org.paperboy.library;

import java.time.Instant;

/** A personal API token as its owner sees it: never the secret, which is shown once. */
public record ApiToken(String id, String name, Instant createdAt, Instant lastUsedAt) {

  /** A token just made: {@code secret} is shown now and never again. */
  public record Created(ApiToken token, String secret) {}
}
