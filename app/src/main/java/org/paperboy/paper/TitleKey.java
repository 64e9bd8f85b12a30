package org.paperboy.paper;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A title reduced to what two sources agree on: lower-case letters and digits, accents and TeX
 * markup gone, one space between words. OpenReview and arXiv spell the same title with different
 * capitals, dashes and {@code $...$}; the key is the same.
 */
public final class TitleKey {
  /** Keys are cut here, well inside what a b-tree index takes. */
  static final int MAX = 200;

  private TitleKey() {}

  public static String of(String title) {
    if (title == null) {
      return "";
    }
    // most titles are ASCII, and decomposing them would change nothing
    String plain =
        title.chars().allMatch(c -> c < 0x80)
            ? title
            : Normalizer.normalize(title, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(Math.min(plain.length(), MAX));
    boolean space = false;
    for (int i = 0; i < plain.length() && b.length() < MAX; i++) {
      char c = plain.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && !b.isEmpty()) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** A person's surname as keys compare it: the last word of the name, or what precedes a comma. */
  public static String surname(String name) {
    if (name != null && name.indexOf(',') > 0) { // bioRxiv writes "Smith, J."
      return of(name.substring(0, name.indexOf(',')));
    }
    String key = of(name);
    int space = key.lastIndexOf(' ');
    return space < 0 ? key : key.substring(space + 1);
  }
}
