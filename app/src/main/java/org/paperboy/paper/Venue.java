package org.paperboy.paper;

import java.util.Locale;

/**
 * Where a paper was accepted: {@code "ICLR 2025"}, OpenReview's id for it where known, the decision
 * ({@code Oral}, {@code Spotlight}, {@code Poster}) where known, and where Paperboy learnt it.
 *
 * @param name the venue and year as people say it, e.g. {@code ICLR 2025} or {@code Phys. Rev. D
 *     2020}
 * @param id OpenReview's venue id ({@code ICLR.cc/2025/Conference}), null for one the authors named
 * @param decision null when the source does not say
 * @param from {@link #OPENREVIEW}, {@link #JOURNAL_REF} or {@link #COMMENTS}
 */
public record Venue(String name, String id, String decision, String from) {
  public static final String OPENREVIEW = "openreview";
  public static final String JOURNAL_REF = "journal-ref";
  public static final String COMMENTS = "comments";
  static final int MAX_NAME = 120;

  public Venue {
    name = Text.clean(VenueText.printable(name, MAX_NAME));
    id = Text.blankToNull(VenueText.printable(id, 200));
    decision = Text.clean(VenueText.printable(decision, 40));
    if (name == null) {
      throw new IllegalArgumentException("a venue needs a name");
    }
    if (!OPENREVIEW.equals(from) && !JOURNAL_REF.equals(from) && !COMMENTS.equals(from)) {
      throw new IllegalArgumentException("unknown venue origin " + from);
    }
  }

  /** The paper's venue: OpenReview's decision when it has one, else what its authors wrote. */
  public static Venue effective(Paper p) {
    if (p.venue() != null && OPENREVIEW.equals(p.venue().from())) {
      return p.venue();
    }
    return VenuePhrases.stated(p.journalRef(), p.comments());
  }

  /** The venue's key in links ({@code /venues/iclr-2025}): its name, lower case, hyphenated. */
  public String key() {
    return keyOf(name);
  }

  /** The key of a venue name (see {@link #key()}). */
  public static String keyOf(String name) {
    String k = TitleKey.of(name).replace(' ', '-');
    return k.isEmpty() ? "venue" : k;
  }

  /** The series without its year ({@code ICLR}), lower case: what {@code venue:ICLR} matches. */
  public String series() {
    String[] words = name.split(" ");
    StringBuilder s = new StringBuilder();
    for (String w : words) {
      if (w.matches("(19|20)\\d\\d")) {
        break;
      }
      s.append(s.isEmpty() ? "" : " ").append(w);
    }
    return s.toString().toLowerCase(Locale.ROOT);
  }

  /** As a badge shows it: {@code ICLR 2025 · Oral}. */
  public String label() {
    return decision == null ? name : name + " · " + decision;
  }

  /** As a reason says it: {@code accepted at ICLR 2025 (oral)}. */
  public String reason() {
    return "accepted at "
        + name
        + (decision == null || decision.equalsIgnoreCase("accept")
            ? ""
            : " (" + decision.toLowerCase(Locale.ROOT) + ")");
  }

  /** A reason with the paper's venue added where it has one: {@code ...; accepted at ICLR 2025}. */
  public static String withVenue(String reason, Paper p) {
    Venue v = effective(p);
    if (v == null || reason == null || reason.contains(v.reason())) {
      return reason;
    }
    return reason.isEmpty() ? v.reason() : reason + "; " + v.reason();
  }
}
