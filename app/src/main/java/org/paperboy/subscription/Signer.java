package org.paperboy.subscription;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.paperboy.config.Signatures;

/**
 * Signed tokens for the links in mail: {@code purpose.subscriber.expiry.signature}, signed by
 * {@link Signatures} under the server secret (in the empty domain, as these tokens were first made,
 * so links already mailed keep working). Nothing is stored; a token is good until it expires (or
 * forever, for unsubscribe links, which must work from any old mail).
 */
public final class Signer {
  /** What a token allows. */
  public enum Purpose {
    CONFIRM,
    SETTINGS,
    UNSUBSCRIBE
  }

  /** A token that checked out. */
  public record Claim(Purpose purpose, String subscriberId) {}

  private final Signatures signatures;

  public Signer(byte[] secret) {
    this.signatures = new Signatures(secret, "");
  }

  /** A token for the purpose; {@code expires} null means it never does. */
  public String sign(Purpose purpose, String subscriberId, Instant expires) {
    String body =
        purpose.name().toLowerCase(Locale.ROOT)
            + "."
            + subscriberId
            + "."
            + (expires == null ? "0" : Long.toString(expires.getEpochSecond(), 36));
    return signatures.sign(body);
  }

  /** The claim of a token signed here for this purpose and not expired; empty otherwise. */
  public Optional<Claim> verify(String token, Purpose purpose, Instant now) {
    Optional<String> signed = signatures.verify(token, 200);
    if (signed.isEmpty()) {
      return Optional.empty();
    }
    String body = signed.get();
    String[] parts = body.split("\\.");
    if (parts.length != 3 || !parts[0].equals(purpose.name().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    long expiry;
    try {
      expiry = Long.parseLong(parts[2], 36);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (expiry != 0 && now.getEpochSecond() > expiry) {
      return Optional.empty();
    }
    return Optional.of(new Claim(purpose, parts[1]));
  }
}
