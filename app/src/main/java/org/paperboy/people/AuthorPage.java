package org.paperboy.people;

import java.util.List;
import org.paperboy.paper.Paper;

/**
 * What Paperboy knows of one author name.
 *
 * @param name the name as the papers write it most often
 * @param key the normalised name (see {@link org.paperboy.paper.AuthorNames})
 * @param paperCount all papers under the name
 * @param papers one page of them, newest first
 * @param hasNext whether a later page exists
 * @param coauthors most frequent first (counted over the newest {@link #SUMMARY_PAPERS})
 * @param categories most frequent first
 * @param firstYear of the oldest paper, 0 when no paper has a date
 * @param alsoWrittenAs other names that may be the same person: same surname and initial, shared
 *     co-authors; never merged, only linked
 */
public record AuthorPage(
    String name,
    String key,
    int paperCount,
    List<Paper> papers,
    boolean hasNext,
    List<Coauthor> coauthors,
    List<String> categories,
    int firstYear,
    int lastYear,
    List<String> alsoWrittenAs) {

  /** Papers the co-authors and categories are counted over: the newest of a very long list. */
  public static final int SUMMARY_PAPERS = 5_000;

  /** A co-author and the number of papers written together. */
  public record Coauthor(String name, int papers) {}

  public boolean empty() {
    return paperCount == 0;
  }
}
