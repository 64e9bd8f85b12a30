package org.paperboy.search;

import java.util.List;
import org.paperboy.paper.Paper;

/**
 * A page of results.
 *
 * @param total how many papers match (a lower bound when {@code totalIsExact} is false)
 */
public record SearchResults(List<Hit> hits, long total, boolean totalIsExact, double millis) {

  /**
   * One result.
   *
   * @param snippet the abstract's best passage, HTML-escaped, with {@code <mark>} around matches
   */
  public record Hit(Paper paper, float score, String snippet) {}
}
