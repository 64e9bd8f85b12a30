package org.paperboy.account;

import java.time.Instant;

/** A new session: the cookie value to set, and until when it is good. */
public record SignedIn(User user, String sessionToken, Instant expires) {}
