package org.paperboy.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.web.view.Marks;

/**
 * The signed-in visitor's marks, looked up by primary key as the page's cards ask (a page shows a
 * few dozen papers; a library may hold thousands), each once per request.
 */
final class LibraryMarks implements Marks {
  private final Library library;
  private final String userId;
  private final Map<String, Optional<Mark>> seen = new HashMap<>();
  private final org.paperboy.lab.Labs labs;

  LibraryMarks(Library library, String userId, org.paperboy.lab.Labs labs) {
    this.library = library;
    this.userId = userId;
    this.labs = labs;
  }

  @Override
  public java.util.List<org.paperboy.web.view.Link> labLists(String paperId) {
    if (labs == null) {
      return java.util.List.of();
    }
    return labs.lists().holding(userId, paperId).stream()
        .map(
            h ->
                new org.paperboy.web.view.Link(
                    h.labName() + ": " + h.listName(),
                    "/labs/" + h.labSlug() + "/lists/" + h.listSlug(),
                    false))
        .toList();
  }

  @Override
  public boolean saved(String paperId) {
    return mark(paperId).orElse(null) == Mark.SAVED;
  }

  @Override
  public boolean dismissed(String paperId) {
    return mark(paperId).orElse(null) == Mark.DISMISSED;
  }

  private Optional<Mark> mark(String paperId) {
    return seen.computeIfAbsent(paperId, id -> library.markOf(userId, id));
  }
}
