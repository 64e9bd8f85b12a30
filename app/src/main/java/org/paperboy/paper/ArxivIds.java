package org.paperboy.paper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises arXiv identifiers in the forms sources send them. */
public final class ArxivIds {
  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{4}\\.\\d{4,5})(?:v(\\d+))?");
  private static final Pattern OLD_STYLE =
      Pattern.compile("([a-z][a-z\\-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?");
  private static final String[] PREFIXES = {
    "oai:arxiv.org:", "https://arxiv.org/abs/", "http://arxiv.org/abs/", "arxiv:"
  };

  private ArxivIds() {}

  /** An arXiv id split into its base and version (0 when no version was given). */
  public record ArxivId(String id, int version) {}

  /**
   * Parses {@code 2502.10517v2}, {@code arXiv:2502.10517}, {@code oai:arXiv.org:quant-ph/0101001},
   * or an abstract page URL. Returns null when the text is not an arXiv id.
   */
  public static ArxivId parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    for (String prefix : PREFIXES) {
      if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
        s = s.substring(prefix.length());
        break;
      }
    }
    Matcher m = NEW_STYLE.matcher(s);
    if (!m.matches()) {
      m = OLD_STYLE.matcher(s);
      if (!m.matches()) {
        return null;
      }
    }
    return new ArxivId(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
  }

  public static boolean isArxivId(String id) {
    ArxivId parsed = parse(id);
    return parsed != null && parsed.id().equals(id);
  }

  public static String absUrl(String id) {
    return "https://arxiv.org/abs/" + id;
  }

  public static String pdfUrl(String id) {
    return "https://arxiv.org/pdf/" + id;
  }
}
