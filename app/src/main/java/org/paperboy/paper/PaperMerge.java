package org.paperboy.paper;

/**
 * How a record that arrives for a stored paper changes it. Sources differ in what they know (OAI
 * {@code oai_dc} has no DOI, BEIR has no dates), so a field the newcomer leaves empty keeps its
 * stored value. A record older than the stored paper (a lower version, or an earlier update date)
 * changes nothing, so that re-importing an old snapshot never undoes a harvest.
 */
final class PaperMerge {
  private PaperMerge() {}

  static Paper merge(Paper old, Paper neu) {
    if (isOlder(neu, old)) {
      return old;
    }
    if (neu.version() == 0 && old.version() > 0) {
      // a record that does not say its version never replaces a versioned one's text: it only
      // fills what the stored paper lacks
      Paper.Links a = old.links();
      Paper.Links b = neu.links();
      return new Paper(
          old.id(),
          old.version(),
          old.title(),
          old.abstractText(),
          old.authors().isEmpty() ? neu.authors() : old.authors(),
          old.categories().isEmpty() ? neu.categories() : old.categories(),
          pick(neu.published(), old.published()),
          pick(neu.updated(), old.updated()),
          pick(neu.doi(), old.doi()),
          pick(neu.journalRef(), old.journalRef()),
          pick(neu.comments(), old.comments()),
          pick(neu.license(), old.license()),
          new Paper.Links(
              pick(b.abs(), a.abs()),
              pick(b.pdf(), a.pdf()),
              pick(b.code(), a.code()),
              pick(b.project(), a.project())),
          old.source(),
          old.addedAt() != null ? old.addedAt() : neu.addedAt(),
          decided(old, neu));
    }
    Paper.Links a = old.links();
    Paper.Links b = neu.links();
    return new Paper(
        old.id(),
        Math.max(old.version(), neu.version()),
        neu.title(),
        neu.abstractText(),
        neu.authors().isEmpty() ? old.authors() : neu.authors(),
        neu.categories().isEmpty() ? old.categories() : neu.categories(),
        earlier(old.published(), neu.published()),
        pick(old.updated(), neu.updated()),
        pick(old.doi(), neu.doi()),
        pick(old.journalRef(), neu.journalRef()),
        pick(old.comments(), neu.comments()),
        pick(old.license(), neu.license()),
        new Paper.Links(
            pick(a.abs(), b.abs()),
            pick(a.pdf(), b.pdf()),
            pick(a.code(), b.code()),
            pick(a.project(), b.project())),
        keptSource(old, neu),
        old.addedAt() != null ? old.addedAt() : neu.addedAt(),
        decided(old, neu));
  }

  /**
   * OpenReview's decision, the newer one when both have one; a venue the authors named is worked
   * out again from the merged text when the paper is written ({@link Venue#effective}).
   */
  private static Venue decided(Paper old, Paper neu) {
    if (neu.venue() != null && Venue.OPENREVIEW.equals(neu.venue().from())) {
      return neu.venue();
    }
    return old.venue() != null && Venue.OPENREVIEW.equals(old.venue().from()) ? old.venue() : null;
  }

  /** A paper stays the server's it is from; within one server the newest record's source wins. */
  private static String keptSource(Paper old, Paper neu) {
    return old.server().equals(neu.server()) ? neu.source() : old.source();
  }

  static boolean isOlder(Paper neu, Paper old) {
    if (neu.version() > 0 && old.version() > 0 && neu.version() != old.version()) {
      return neu.version() < old.version();
    }
    return neu.updated() != null && old.updated() != null && neu.updated().isBefore(old.updated());
  }

  /**
   * The first version's date: the earlier of the two, since a source that sends one record per
   * version (bioRxiv) dates each by its own version.
   */
  private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static <T> T pick(T old, T neu) {
    return neu != null ? neu : old;
  }
}
