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

  @Test
  void linksMailedBeforeTheSignerWasSharedStillVerify() {
    // made by the old subscription Signer's rules (HMAC-SHA256 of the body, no domain)
    Signer old = new Signer("a-test-secret-of-enough-length".getBytes(StandardCharsets.UTF_8));
    String unsubscribe = "unsubscribe.sub-42.0.VhYbItI-t69Et8smU33NUsljT-P2G5AeE5oRI17hMWQ";
    String confirm = "confirm.sub-42.tqxpc0.leLaCclt3k3bwzyqYnc5HZXpsM59dnmmU229Xp7KSP0";
    String settings = "settings.sub-42.tqxpc0.UGAcdnkxlb_K9G4AcGuExRlYtUTdz2jTHdS6fn9x7w4";
    assertThat(old.verify(unsubscribe, Signer.Purpose.UNSUBSCRIBE, now.plusSeconds(1L << 40)))
        .hasValue(new Signer.Claim(Signer.Purpose.UNSUBSCRIBE, "sub-42"));
    assertThat(old.verify(confirm, Signer.Purpose.CONFIRM, now))
        .hasValue(new Signer.Claim(Signer.Purpose.CONFIRM, "sub-42"));
    assertThat(old.verify(settings, Signer.Purpose.SETTINGS, now))
        .hasValue(new Signer.Claim(Signer.Purpose.SETTINGS, "sub-42"));
    Instant expiry = Instant.parse("2027-01-01T00:00:00Z");
    assertThat(old.sign(Signer.Purpose.UNSUBSCRIBE, "sub-42", null)).isEqualTo(unsubscribe);
    assertThat(old.sign(Signer.Purpose.CONFIRM, "sub-42", expiry)).isEqualTo(confirm);
    assertThat(old.verify(settings, Signer.Purpose.SETTINGS, expiry.plusSeconds(1))).isEmpty();
  }
}
