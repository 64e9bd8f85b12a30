package org.paperboy.lab;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paperboy.library.Library;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/**
 * A lab's shared reading lists: any member creates one, adds a paper with a one-line note, removes
 * it, marks it discussed; each exports as BibTeX and CSL JSON.
 */
public final class SharedLists {
  /** How long a note beside a paper may be: one line. */
  public static final int NOTE_CHARS = 200;

  /** Where one of the person's labs' lists holds a paper. */
  public record Holding(String labSlug, String labName, String listSlug, String listName) {}

  private final ListStore store;
  private final PaperStore papers;
  private final Labs labs;
  private final Clock clock;

  SharedLists(ListStore store, PaperStore papers, Labs labs, Clock clock) {
    this.store = store;
    this.papers = papers;
    this.labs = labs;
    this.clock = clock;
  }

  public List<ReadingList> of(Lab lab) {
    return store.of(lab.id());
  }

  /** The list of the lab by its slug; 404 when there is none. */
  public ReadingList find(Lab lab, String slug) {
    return store
        .find(lab.id(), slug)
        .orElseThrow(() -> LabException.notFound("The lab has no list at " + slug + "."));
  }

  public ReadingList create(Lab lab, String rawName) {
    String name = Slugs.name(rawName, "list", 100);
    ReadingList list =
        new ReadingList(UUID.randomUUID().toString(), lab.id(), Slugs.of(name), name, 0);
    if (!store.create(list, clock.instant())) {
      throw LabException.invalid("The lab has a list called “" + name + "” already.");
    }
    return list;
  }

  /** Adds a paper with an optional one-line note (a paper there already gets the new note). */
  public void add(ReadingList list, String paperId, String userId, String rawNote) {
    if (paperId == null || papers.find(paperId).isEmpty()) {
      throw LabException.notFound("There is no paper with id " + paperId + ".");
    }
    String note = rawNote == null || rawNote.isBlank() ? null : rawNote.strip();
    if (note != null && (note.length() > NOTE_CHARS || note.contains("\n"))) {
      throw LabException.invalid("A note is one line of at most " + NOTE_CHARS + " characters.");
    }
    if (!store.add(list.id(), paperId, userId, note, clock.instant())) {
      throw LabException.invalid("A list holds at most " + Labs.MAX_LIST_PAPERS + " papers.");
    }
  }

  public void remove(ReadingList list, String paperId) {
    if (!store.remove(list.id(), paperId)) {
      throw LabException.notFound("The list does not hold " + paperId + ".");
    }
  }

  /** Marks the paper discussed (or not discussed any more). */
  public void discussed(ReadingList list, String paperId, boolean discussed) {
    if (!store.discussed(list.id(), paperId, discussed ? clock.instant() : null)) {
      throw LabException.notFound("The list does not hold " + paperId + ".");
    }
  }

  /** The list's papers, the newest additions first. */
  public List<ListEntry> entries(ReadingList list) {
    return withPapers(store.papers(list.id()));
  }

  /** Papers put on any of the lab's lists after {@code after}, newest first. */
  public List<ListEntry> addedSince(Lab lab, Instant after) {
    return withPapers(store.addedSince(lab.id(), after));
  }

  public String bibtex(ReadingList list) {
    return Library.bibtex(entries(list).stream().map(ListEntry::paper).toList());
  }

  public String cslJson(ReadingList list) {
    return Library.cslJson(entries(list).stream().map(ListEntry::paper).toList());
  }

  /** Which lists of the person's labs hold the paper. */
  public List<Holding> holding(String userId, String paperId) {
    if (userId == null) {
      return List.of();
    }
    return store.holding(userId, paperId).stream()
        .map(r -> new Holding(r[0], r[1], r[2], r[3]))
        .toList();
  }

  /** Every list of every lab the person is in: where a paper can be added. */
  public List<Holding> writable(String userId) {
    List<Holding> out = new ArrayList<>();
    for (Lab lab : labs.of(userId)) {
      for (ReadingList l : of(lab)) {
        out.add(new Holding(lab.slug(), lab.name(), l.slug(), l.name()));
      }
    }
    return out;
  }

  private List<ListEntry> withPapers(List<ListStore.Row> rows) {
    Map<String, Paper> found = papers.findAll(rows.stream().map(ListStore.Row::paperId).toList());
    List<ListEntry> out = new ArrayList<>();
    for (ListStore.Row r : rows) {
      Paper p = found.get(r.paperId());
      if (p != null) {
        out.add(new ListEntry(p, r.note(), r.addedBy(), r.added(), r.discussed()));
      }
    }
    return out;
  }
}
