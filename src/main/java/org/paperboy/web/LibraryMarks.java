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

  LibraryMarks(Library library, String userId) {
    this.library = library;
    this.userId = userId;
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
