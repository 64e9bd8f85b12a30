package org.paperboy.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignerTest {
  final Signer signer = new Signer("a secret of sixteen+".getBytes(StandardCharsets.UTF_8));
  final Instant now = Instant.parse("2026-11-28T08:00:00Z");

  @Test
  void aTokenChecksOutForItsPurposeUntilItExpires() {
    String token = signer.sign(Signer.Purpose.CONFIRM, "s-1", now.plusSeconds(60));
    assertThat(signer.verify(token, Signer.Purpose.CONFIRM, now))
        .hasValue(new Signer.Claim(Signer.Purpose.CONFIRM, "s-1"));
    assertThat(signer.verify(token, Signer.Purpose.SETTINGS, now)).isEmpty();
    assertThat(signer.verify(token, Signer.Purpose.CONFIRM, now.plusSeconds(61))).isEmpty();
    String forever = signer.sign(Signer.Purpose.UNSUBSCRIBE, "s-1", null);
    assertThat(signer.verify(forever, Signer.Purpose.UNSUBSCRIBE, now.plusSeconds(1L << 40)))
        .isPresent();
  }

  @Test
  void aChangedTokenOrAnotherSecretFails() {
    String token = signer.sign(Signer.Purpose.SETTINGS, "s-1", now.plusSeconds(60));
    assertThat(signer.verify(token.replace("s-1", "s-2"), Signer.Purpose.SETTINGS, now)).isEmpty();
    assertThat(
            new Signer("another secret 1234".getBytes(StandardCharsets.UTF_8))
                .verify(token, Signer.Purpose.SETTINGS, now))
        .isEmpty();
    for (String junk : new String[] {null, "", "x", "a.b.c.d", "settings.s-1.zz.!!!"}) {
      assertThat(signer.verify(junk, Signer.Purpose.SETTINGS, now)).isEmpty();
    }
  }

  @Test
  void aSignatureSpelledAnotherWayIsRefused() {
    String token = signer.sign(Signer.Purpose.SETTINGS, "s-1", now.plusSeconds(60));
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = token.charAt(token.length() - 1);
    char twin = alphabet.charAt(alphabet.indexOf(last) ^ 1); // the same bytes, spare bits changed
    String stray = token.substring(0, token.length() - 1) + twin;
    assertThat(signer.verify(stray, Signer.Purpose.SETTINGS, now)).isEmpty();
    assertThat(signer.verify(token + "=", Signer.Purpose.SETTINGS, now)).isEmpty();
    assertThat(signer.verify(token, Signer.Purpose.SETTINGS, now)).isPresent();
  }
}
