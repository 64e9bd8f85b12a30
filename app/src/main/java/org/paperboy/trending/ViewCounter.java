package org.paperboy.trending;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which page views count: one per client per paper per day (UTC), none from known robots. What is
 * remembered is a salted hash of client and paper, never the address; the salt lives only in
 * memory, and the set is dropped when the day changes.
 */
final class ViewCounter {
  /** Hashes kept per day; past it, further views that day are not counted (no growth). */
  static final int MAX_SEEN = 1_000_000;

  private static final Pattern ROBOTS =
      Pattern.compile(
          "bot|crawl|spider|slurp|archiver|fetch|scrape|preview|monitor|checker|curl|wget|python"
              + "|httpclient|http-client|okhttp|go-http|java/|libwww|headless|lighthouse|facebookexternalhit");

  private final byte[] salt = new byte[32];
  private final Clock clock;
  private LocalDate day;
  private final Set<Long> seen = new HashSet<>();

  ViewCounter(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** Whether this view counts: a person's first look at the paper today. */
  synchronized boolean counts(String paperId, String client, String userAgent) {
    if (robot(userAgent)) {
      return false;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (!today.equals(day)) {
      day = today;
      seen.clear();
    }
    if (seen.size() >= MAX_SEEN) {
      return false;
    }
    return seen.add(hash(today + "\n" + client + "\n" + paperId));
  }

  static boolean robot(String userAgent) {
    return userAgent == null
        || userAgent.isBlank()
        || ROBOTS.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
  }

  private long hash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return ByteBuffer.wrap(sha.digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
