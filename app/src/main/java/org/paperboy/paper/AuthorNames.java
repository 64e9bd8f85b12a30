package org.paperboy.paper;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How author names are compared: Unicode NFC, case folded, whitespace collapsed; accents are kept
 * ({@code Ré} is not {@code Re}). Two different keys are never merged on a guess.
 */
public final class AuthorNames {
  /** The longest name asked about or indexed, in characters. */
  public static final int MAX_LENGTH = 300;

  private AuthorNames() {}

  /** The normalised key of a name; empty for a blank one. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String nfc = nfc(name);
    StringBuilder b = new StringBuilder(nfc.length());
    boolean gap = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B) {
        gap = b.length() > 0;
      } else {
        if (gap) {
          b.append(' ');
          gap = false;
        }
        b.appendCodePoint(cp);
      }
    }
    // upper then lower folds what lower alone keeps apart (ß and SS, ſ and s)
    return nfc(b.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Surname and first initial of a key ({@code ouyang a} for {@code anne ouyang}): names that might
   * be one person written two ways share it.
   */
  public static String variant(String key) {
    int space = key.lastIndexOf(' ');
    if (space < 0) {
      return key;
    }
    String surname = key.substring(space + 1);
    return surname
        + " "
        + key.codePoints()
            .limit(1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
  }

  /** Whether a key may be stored and asked about: not blank, not over {@link #MAX_LENGTH}. */
  public static boolean indexable(String key) {
    return !key.isEmpty() && key.length() <= MAX_LENGTH;
  }
}
