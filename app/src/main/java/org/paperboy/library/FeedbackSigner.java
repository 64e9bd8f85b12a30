package org.paperboy.library;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.paperboy.config.Signatures;

/**
 * The feedback links in digests: {@code action.email.paper.expiry.signature}, signed by {@link
 * Signatures} under the server secret in the domain {@code paperboy-library-feedback|}, so no token
 * made for another purpose (or by subscription's signer) verifies here. Each token is for one
 * action on one paper for one address, and expires.
 */
final class FeedbackSigner {
  private static final String DOMAIN = "paperboy-library-feedback|";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private final Signatures signatures;

  FeedbackSigner(byte[] secret) {
    this.signatures = new Signatures(secret, DOMAIN);
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
    return signatures.sign(body);
  }

  Optional<Feedback> verify(String token, Instant now) {
    Optional<String> signed = signatures.verify(token, 1000);
    if (signed.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = signed.get().split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
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
}
