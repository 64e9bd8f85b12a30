package org.paperboy.paper;

/** Keeps venue text printable: control and format characters and markup brackets are dropped. */
final class VenueText {
  private VenueText() {}

  static String printable(String s, int max) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), max));
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c)) {
        b.append(' ');
      } else if (type != Character.FORMAT
          && type != Character.PRIVATE_USE
          && c != '<'
          && c != '>') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
