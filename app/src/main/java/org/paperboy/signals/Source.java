package org.paperboy.signals;

import java.util.Map;
import java.util.function.Function;
import org.paperboy.config.SignalSettings;

/**
 * One outside source of signals: its name, what one round fetches from it, how its numbers weigh in
 * trending and read in a paper's history. A new source is a class implementing this and one line in
 * {@link Sources#BUILT_IN}; the rounds, rate limits, stored observations and trending find it
 * through {@link Sources}.
 */
interface Source {
  /**
   * Its name: in {@code PAPERBOY_SIGNALS} and {@code --source}, in {@code signal_observations} and
   * in its row of {@code signal_limits}.
   */
  String name();

  /**
   * One round: asks the source about the window's papers and records what it says (through {@link
   * Kit#parts()}), counting calls and failures in {@code tally} and stopping when {@code limits}
   * closes. Returns how many papers were added from arXiv.
   */
  long fetch(Round.Window window, Tally tally, Limits limits);

  /**
   * The points a stored value of {@code metric} adds to a paper's trending score. The first three
   * sources return 0: the trending formula weighs them with the operator's knobs ({@code
   * PAPERBOY_TRENDING_*}).
   */
  default double trendPoints(String metric, long value) {
    return 0;
  }

  /** How a value reads in a paper's history, e.g. {@code ★ 57 on GitHub}. */
  default String label(String metric, long value) {
    return value + " " + metric + " (" + name() + ")";
  }

  /** What a source is built from: the round's parts, its settings and a client to call it with. */
  record Kit(
      Round.Parts parts,
      SignalSettings settings,
      Function<Map<String, String>, SourceCalls> http) {}

  /** Makes a source from the kit: the form of a registration line. */
  interface Maker {
    Source make(Kit kit);
  }
}
