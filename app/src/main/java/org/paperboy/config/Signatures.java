package org.paperboy.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one signer of Paperboy's links, tokens and webhook posts, all HMAC-SHA256. A token is {@code
 * BODY.SIGNATURE}: the signature is the URL-safe base64 (no padding) of the MAC of {@code DOMAIN +
 * BODY}, where the domain names the purpose ({@code paperboy-library-feedback|} for feedback links,
 * empty for subscription links, as their tokens were first made), so a token made for one purpose
 * never verifies for another. What the body holds is its user's business.
 */
public final class Signatures {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final SecretKeySpec key;
  private final String domain;

  public Signatures(byte[] secret, String domain) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.domain = domain;
  }

  /** {@code body} with its signature appended after a dot. */
  public String sign(String body) {
    return body + "." + B64.encodeToString(mac(key, domain + body));
  }

  /**
   * The body of a token signed here, no longer than {@code maxLength}; empty otherwise. The
   * signature is compared as written: a base64 decoder forgives the unused bits of the last
   * character and padding, so several spellings would decode to one signature; only the one this
   * signer writes is taken.
   */
  public Optional<String> verify(String token, int maxLength) {
    if (token == null || token.length() > maxLength) {
      return Optional.empty();
    }
    int last = token.lastIndexOf('.');
    if (last < 0) {
      return Optional.empty();
    }
    String body = token.substring(0, last);
    byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
    byte[] wanted = B64.encodeToString(mac(key, domain + body)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, wanted) ? Optional.of(body) : Optional.empty();
  }

  /** The hex HMAC-SHA256 of {@code message} under {@code secret}: a webhook post's signature. */
  public static String hex(String secret, String message) {
    SecretKeySpec k = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    return HexFormat.of().formatHex(mac(k, message));
  }

  private static byte[] mac(SecretKeySpec key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
