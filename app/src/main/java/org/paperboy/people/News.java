package org.paperboy.people;

import java.util.List;
import org.paperboy.paper.Paper;

/**
 * A section of a digest that people make: papers by authors someone follows, or papers citing
 * theirs.
 *
 * @param heading "New from people you follow", "New papers citing your work" or "New papers citing
 *     your library"
 * @param entries each paper once, with why it is there
 */
public record News(String heading, List<Entry> entries) {
  public static final String FOLLOWING = "New from people you follow";
  public static final String CITING_WORK = "New papers citing your work";
  public static final String CITING_LIBRARY = "New papers citing your library";

  /** A paper and its reasons ("by Anne Ouyang, whom you follow", "cites “MERGE³”"). */
  public record Entry(Paper paper, List<String> reasons) {}
}
