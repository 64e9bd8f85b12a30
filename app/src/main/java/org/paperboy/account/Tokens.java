package org.paperboy.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable tokens for links, cookies and API keys; only their SHA-256 is ever stored, so a copy
 * of the database authenticates nobody.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** 32 random bytes as 43 URL-safe characters. */
  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored of a token: its SHA-256, in hex. */
  public static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Tokens we hand out are 43 URL-safe characters; anything else is not worth a lookup. */
  static boolean wellFormed(String token) {
    return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
  }
}
