package org.paperboy.signals;

import java.util.List;

/**
 * What one fetch round did.
 *
 * @param sources one line per source asked, e.g. {@code hf: 31 calls, 64 values for 32 papers}
 * @param malformed answers that could not be read and were skipped (the CLI exits 3)
 * @param added papers fetched from arXiv because a source featured them
 * @param skipped why no round ran (another instance holds it, or signals are off), else null
 */
public record RoundSummary(
    List<String> sources, int malformed, long added, String skipped, double seconds) {

  public boolean clean() {
    return malformed == 0;
  }

  @Override
  public String toString() {
    if (skipped != null) {
      return "no round: " + skipped;
    }
    return String.join("; ", sources)
        + (added > 0 ? "; " + added + " papers added from arXiv" : "")
        + String.format(java.util.Locale.ROOT, " in %.1f s", seconds);
  }
}
