package org.paperboy.subscription;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for the links in mail: {@code purpose.subscriber.expiry.signature}, the signature
 * an HMAC-SHA256 of the rest under the server secret. Nothing is stored; a token is good until it
 * expires (or forever, for unsubscribe links, which must work from any old mail).
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

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final SecretKeySpec key;

  public Signer(byte[] secret) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** A token for the purpose; {@code expires} null means it never does. */
  public String sign(Purpose purpose, String subscriberId, Instant expires) {
    String body =
        purpose.name().toLowerCase(java.util.Locale.ROOT)
            + "."
            + subscriberId
            + "."
            + (expires == null ? "0" : Long.toString(expires.getEpochSecond(), 36));
    return body + "." + B64.encodeToString(mac(body));
  }

  /** The claim of a token signed here for this purpose and not expired; empty otherwise. */
  public Optional<Claim> verify(String token, Purpose purpose, Instant now) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    int last = token.lastIndexOf('.');
    if (last < 0) {
      return Optional.empty();
    }
    String body = token.substring(0, last);
    byte[] given;
    String signature = token.substring(last + 1);
    try {
      given = Base64.getUrlDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!B64.encodeToString(given).equals(signature)) {
      return Optional.empty(); // one signature has one spelling: no padding, no stray low bits
    }
    if (!MessageDigest.isEqual(given, mac(body))) {
      return Optional.empty();
    }
    String[] parts = body.split("\\.");
    if (parts.length != 3 || !parts[0].equals(purpose.name().toLowerCase(java.util.Locale.ROOT))) {
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

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
