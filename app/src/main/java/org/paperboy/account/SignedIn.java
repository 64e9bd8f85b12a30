package org.paperboy.account;

import java.time.Duration;
import java.time.Instant;

/** A new session: the cookie value to set, until when it is good, and for how long from now. */
public record SignedIn(User user, String sessionToken, Instant expires, Duration lifetime) {}
