package org.paperboy.lab;

import java.text.Normalizer;
import java.util.Locale;

/** Names made into path segments: "Journal club" → {@code journal-club}. */
final class Slugs {
  private Slugs() {}

  static String of(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > 60) {
      plain = plain.substring(0, 60).replaceAll("-+$", "");
    }
    return plain;
  }

  /** A name as given, stripped, checked for length and for something a slug can be made of. */
  static String name(String raw, String what, int max) {
    String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw LabException.invalid("Give the " + what + " a name.");
    }
    if (name.length() > max) {
      throw LabException.invalid("A " + what + "'s name is at most " + max + " characters.");
    }
    if (of(name).isEmpty()) {
      throw LabException.invalid("A " + what + "'s name needs a letter or a digit.");
    }
    return name;
  }
}
