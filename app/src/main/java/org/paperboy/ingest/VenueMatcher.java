package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.PaperVenues;
import org.paperboy.paper.TitleKey;

/**
 * Finds the stored paper an OpenReview note is: the arXiv paper it links, else a paper of the same
 * normalised title whose first author has the same surname (an arXiv paper before one OpenReview
 * gave earlier), else the OpenReview paper an earlier harvest made of it. A page of notes costs two
 * indexed queries, whatever the number of stored papers.
 */
final class VenueMatcher {
  private final PaperStore store;
  private final PaperVenues venues;

  VenueMatcher(PaperStore store, PaperVenues venues) {
    this.store = store;
    this.venues = venues;
  }

  /** A note and the stored paper it is, or null when it is a new one. */
  record Match(OpenReviewNotes.Note note, Paper paper) {}

  List<Match> match(Collection<OpenReviewNotes.Note> notes) {
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (OpenReviewNotes.Note n : notes) {
      if (n.arxivId() != null) {
        ids.add(n.arxivId());
      }
      ids.add(PaperIds.fromOpenReview(n.forum()));
      keys.add(TitleKey.of(n.title()));
    }
    Map<String, Paper> byId = store.findAll(ids);
    Map<String, List<Paper>> byTitle = venues.byTitleKeys(keys);
    List<Match> out = new ArrayList<>();
    for (OpenReviewNotes.Note n : notes) {
      Paper linked = n.arxivId() == null ? null : byId.get(n.arxivId());
      Paper same = linked != null ? linked : sameTitleAndAuthor(n, byTitle);
      out.add(new Match(n, same != null ? same : byId.get(PaperIds.fromOpenReview(n.forum()))));
    }
    return out;
  }

  private static Paper sameTitleAndAuthor(
      OpenReviewNotes.Note n, Map<String, List<Paper>> byTitle) {
    String surname = n.authors().isEmpty() ? null : TitleKey.surname(n.authors().getFirst());
    Paper fallback = null;
    for (Paper p : byTitle.getOrDefault(TitleKey.of(n.title()), List.of())) {
      boolean sameAuthor =
          surname == null
              || p.authors().isEmpty()
              || surname.equals(TitleKey.surname(p.authors().getFirst()));
      if (!sameAuthor) {
        continue;
      }
      if (!p.server().equals("openreview")) {
        return p;
      }
      fallback = fallback == null ? p : fallback;
    }
    return fallback;
  }
}
