package org.paperboy.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.ArxivIds;

/** Finds arXiv ids and DOIs where reference managers put them, and normalises titles. */
final class Identifiers {
  private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]*(?:\\.[A-Z]{2})?/\\d{7})";
  private static final Pattern IN_TEXT =
      Pattern.compile("(?i:arxiv)(?::|\\s+preprint\\s+(?i:arxiv):?|\\s+)\\s*" + ID);
  private static final Pattern IN_URL =
      Pattern.compile("(?i)arxiv\\.org/(?:abs|pdf|html)/(?-i)" + ID);
  private static final Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(?-i)" + ID);
  private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
  private static final Pattern NEW_STYLE = Pattern.compile("\\d{4}\\.\\d{4,5}(v\\d+)?");

  private Identifiers() {}

  /**
   * The arXiv id in an {@code eprint}/{@code arxiv}-like field: anything {@link ArxivIds} reads, a
   * bare new-style number, or an arxiv.org URL. Null when the value names none.
   */
  static String fromField(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    ArxivIds.ArxivId id = ArxivIds.parse(v);
    if (id != null) {
      return id.id();
    }
    String inText = fromText(v);
    return inText != null ? inText : fromUrl(v);
  }

  /** {@code arXiv:2502.10517}, {@code arXiv preprint arXiv:2502.10517} in free text. */
  static String fromText(String text) {
    return find(IN_TEXT, text);
  }

  static String fromUrl(String url) {
    return find(IN_URL, url);
  }

  /** The arXiv id inside a DOI that arXiv minted (10.48550/arXiv.2502.10517). */
  static String fromDoi(String doi) {
    return find(ARXIV_DOI, doi);
  }

  /** A DOI as stored for matching: lower-cased, without resolver prefix; null when none. */
  static String doi(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = DOI.matcher(raw.strip());
    if (!m.find()) {
      return null;
    }
    String doi = m.group(1).toLowerCase(Locale.ROOT);
    while (doi.endsWith(".") || doi.endsWith(",") || doi.endsWith(";")) {
      doi = doi.substring(0, doi.length() - 1);
    }
    return doi;
  }

  /** Whether an {@code eprint} value is new-style arXiv even without {@code archivePrefix}. */
  static boolean looksLikeArxiv(String eprint) {
    return eprint != null && NEW_STYLE.matcher(eprint.strip()).matches();
  }

  /** A title reduced for comparison: accents, case, TeX braces, punctuation and spacing removed. */
  static String titleKey(String title) {
    if (title == null) {
      return "";
    }
    String s = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String find(Pattern p, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
