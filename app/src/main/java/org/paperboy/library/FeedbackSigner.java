package org.paperboy.library;

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
 * Signs the feedback links in digests the way the unsubscribe links are signed: {@code
 * action.email.paper.expiry.signature}, an HMAC-SHA256 under the server secret. The MAC covers a
 * domain prefix too, so no token made for another purpose (or by subscription's signer) verifies
 * here. Each token is for one action on one paper for one address, and expires.
 */
final class FeedbackSigner {
  private static final String DOMAIN = "paperboy-library-feedback|";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private final SecretKeySpec key;

  FeedbackSigner(byte[] secret) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  String sign(Feedback f, Instant expires) {
    String body =
        f.action().key()
            + "."
            + B64.encodeToString(f.email().getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(f.paperId().getBytes(StandardCharsets.UTF_8))
            + "."
            + Long.toString(expires.getEpochSecond(), 36);
    return body + "." + B64.encodeToString(mac(body));
  }

  Optional<Feedback> verify(String token, Instant now) {
    if (token == null || token.length() > 1000) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
      // compared as written: a decoder forgives the unused bits of the last character, so four
      // spellings would decode to one signature; only the one this signer writes is taken
      if (!MessageDigest.isEqual(
          parts[4].getBytes(StandardCharsets.US_ASCII),
          B64.encodeToString(mac(body)).getBytes(StandardCharsets.US_ASCII))) {
        return Optional.empty();
      }
      Feedback.Action action =
          switch (parts[0]) {
            case "more" -> Feedback.Action.MORE;
            case "less" -> Feedback.Action.LESS;
            default -> null;
          };
      if (action == null || now.getEpochSecond() > Long.parseLong(parts[3], 36)) {
        return Optional.empty();
      }
      return Optional.of(
          new Feedback(
              action,
              new String(B64D.decode(parts[1]), StandardCharsets.UTF_8),
              new String(B64D.decode(parts[2]), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not base64, not a number
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal((DOMAIN + body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
