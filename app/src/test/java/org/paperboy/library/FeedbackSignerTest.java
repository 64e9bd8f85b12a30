package org.paperboy.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackSignerTest {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  @Test
  void aSignatureIsTakenOnlyInTheOneSpellingItWasWrittenIn() {
    FeedbackSigner signer =
        new FeedbackSigner("a-test-secret-of-enough-length".getBytes(StandardCharsets.UTF_8));
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    String token =
        signer.sign(
            new Feedback(Feedback.Action.MORE, "ada@lab.test", "2502.10436"),
            now.plusSeconds(3600));
    assertThat(signer.verify(token, now)).isPresent();
    char last = token.charAt(token.length() - 1);
    int v = ALPHABET.indexOf(last);
    for (int unused = 1; unused < 4; unused++) {
      String other = token.substring(0, token.length() - 1) + ALPHABET.charAt(v ^ unused);
      assertThat(signer.verify(other, now)).as(other).isEmpty();
    }
    assertThat(signer.verify(token + "=", now)).isEmpty();
  }

  @Test
  void aLinkMailedBeforeTheSignerWasSharedStillVerifies() {
    // made by the old FeedbackSigner's rules (HMAC-SHA256 of "paperboy-library-feedback|" + body)
    String mailed =
        "more.YWRhQGxhYi50ZXN0.MjUwMi4xMDQzNg.tqxpc0.mzz6R6lt5TT7xgRVn0FGVPO06hoaYd6gQorENDxRR2Y";
    FeedbackSigner signer =
        new FeedbackSigner("a-test-secret-of-enough-length".getBytes(StandardCharsets.UTF_8));
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    Feedback wanted = new Feedback(Feedback.Action.MORE, "ada@lab.test", "2502.10436");
    assertThat(signer.verify(mailed, now)).hasValue(wanted);
    assertThat(signer.sign(wanted, Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(mailed);
    assertThat(signer.verify(mailed, Instant.parse("2027-01-01T00:00:01Z"))).isEmpty();
  }
}
