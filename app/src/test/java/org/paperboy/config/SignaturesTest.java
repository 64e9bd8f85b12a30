package org.paperboy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private final byte[] secret = "a-test-secret-of-enough-length".getBytes(StandardCharsets.UTF_8);

  @Test
  void aTokenVerifiesOnlyInItsOwnDomainAndSpelling() {
    Signatures feedback = new Signatures(secret, "paperboy-library-feedback|");
    Signatures plain = new Signatures(secret, "");
    String token = feedback.sign("a.b.c");
    assertThat(feedback.verify(token, 200)).hasValue("a.b.c");
    assertThat(plain.verify(token, 200)).isEmpty();
    assertThat(feedback.verify(token + "=", 200)).isEmpty();
    assertThat(feedback.verify(token, token.length() - 1)).isEmpty();
    assertThat(feedback.verify("no-dot", 200)).isEmpty();
    assertThat(feedback.verify(null, 200)).isEmpty();
  }

  @Test
  void aWebhookSignatureIsTheSameAsTheOldSendersFixedOne() {
    // the hex HMAC-SHA256 of "TIMESTAMP.BODY", as the webhook sender always wrote it
    assertThat(Signatures.hex("whsec", "1764547200.{\"a\":1}"))
        .isEqualTo("f0820f45b8c756a48247d8b512fb9e91e81122152cc42c672bd685de16a2a9b0");
  }
}
