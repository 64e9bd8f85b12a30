package org.paperboy.paper;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a venue from an arXiv paper's own words: its {@code journal-ref} ("Proceedings of ICML
 * 2025", "Phys. Rev. D 101 (2020)") or a phrase in its {@code comments} ("Accepted at NeurIPS
 * 2025", "ICLR 2026 (oral)"). A comment that only says the paper was submitted or is under review
 * names no venue.
 */
final class VenuePhrases {
  /** Conference and journal series, lower case, and how they are written. */
  private static final Map<String, String> SERIES =
      Map.ofEntries(
          Map.entry("neurips", "NeurIPS"),
          Map.entry("nips", "NeurIPS"),
          Map.entry("icml", "ICML"),
          Map.entry("iclr", "ICLR"),
          Map.entry("colm", "COLM"),
          Map.entry("tmlr", "TMLR"),
          Map.entry("jmlr", "JMLR"),
          Map.entry("cvpr", "CVPR"),
          Map.entry("iccv", "ICCV"),
          Map.entry("eccv", "ECCV"),
          Map.entry("wacv", "WACV"),
          Map.entry("acl", "ACL"),
          Map.entry("emnlp", "EMNLP"),
          Map.entry("naacl", "NAACL"),
          Map.entry("eacl", "EACL"),
          Map.entry("coling", "COLING"),
          Map.entry("tacl", "TACL"),
          Map.entry("aaai", "AAAI"),
          Map.entry("ijcai", "IJCAI"),
          Map.entry("aistats", "AISTATS"),
          Map.entry("uai", "UAI"),
          Map.entry("corl", "CoRL"),
          Map.entry("icra", "ICRA"),
          Map.entry("iros", "IROS"),
          Map.entry("kdd", "KDD"),
          Map.entry("sigir", "SIGIR"),
          Map.entry("www", "WWW"),
          Map.entry("miccai", "MICCAI"),
          Map.entry("interspeech", "INTERSPEECH"),
          Map.entry("icassp", "ICASSP"),
          Map.entry("siggraph", "SIGGRAPH"),
          Map.entry("chi", "CHI"),
          Map.entry("colt", "COLT"),
          Map.entry("stoc", "STOC"),
          Map.entry("focs", "FOCS"),
          Map.entry("soda", "SODA"));

  private static final Pattern NAMED =
      Pattern.compile(
          "(?<![\\w-])("
              + String.join("|", SERIES.keySet())
              + ")(?:\\s*['’]\\s*(\\d{2})|[\\s-]*((?:19|20)\\d{2}))(?![\\w])"
              + "(\\s*(?:main\\s+)?(?:conference|track)?\\s*[(\\[]?\\s*"
              + "(oral|spotlight|poster|highlight|findings|workshop|best paper)?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_YET =
      Pattern.compile(
          "submitted|submission|under review|in review|review at|rejected|withdrawn|preprint of",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern JOURNAL =
      Pattern.compile("^\\s*([\\p{L}][\\p{L}.&:' -]{2,70}?)[\\s,.]*(?:\\d|\\(|$)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

  private VenuePhrases() {}

  /** The venue the journal-ref names, else one a comment names; null when neither does. */
  static Venue stated(String journalRef, String comments) {
    if (journalRef != null && !journalRef.isBlank()) {
      Venue v = named(journalRef, Venue.JOURNAL_REF);
      return v != null ? v : journal(journalRef);
    }
    return comments == null ? null : named(comments, Venue.COMMENTS);
  }

  private static Venue named(String text, String from) {
    if (!mayNameAYear(text)) {
      return null; // most comments ("12 pages, 3 figures") name no year: no need for the pattern
    }
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      int before = Math.max(0, m.start() - 40);
      String lead = text.substring(before, m.start());
      int clause = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'));
      if (NOT_YET.matcher(clause < 0 ? lead : lead.substring(clause + 1)).find()) {
        continue;
      }
      String series = SERIES.get(m.group(1).toLowerCase(Locale.ROOT));
      String year = m.group(2) != null ? "20" + m.group(2) : m.group(3);
      String kind = m.group(5) == null ? null : m.group(5).toLowerCase(Locale.ROOT);
      if (lead.toLowerCase(Locale.ROOT).matches("(?s).*findings of (the )?\\s*$")) {
        kind = "findings";
      }
      if ("workshop".equals(kind) || "findings".equals(kind)) {
        String name =
            "findings".equals(kind) ? "Findings of " + series + " " + year : series + " " + year;
        return new Venue("workshop".equals(kind) ? name + " Workshop" : name, null, null, from);
      }
      return new Venue(series + " " + year, null, capitalised(kind), from);
    }
    return null;
  }

  /** Whether the text holds a 19xx or 20xx year, or an apostrophe before two digits. */
  private static boolean mayNameAYear(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      if ((a == '1' && b == '9') || (a == '2' && b == '0') || a == '\'' || a == '’') {
        return true;
      }
    }
    return false;
  }

  /** A journal's name as the journal-ref starts with it, with the year where it says one. */
  private static Venue journal(String ref) {
    Matcher m = JOURNAL.matcher(ref);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).strip();
    if (name.chars().filter(Character::isLetter).count() < 3) {
      return null;
    }
    Matcher y = YEAR.matcher(ref);
    String year = null;
    while (y.find()) {
      year = y.group(1); // the last year is the year of publication ("101 (2020)")
    }
    return new Venue(year == null ? name : name + " " + year, null, null, Venue.JOURNAL_REF);
  }

  private static String capitalised(String word) {
    if (word == null) {
      return null;
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
