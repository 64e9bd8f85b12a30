package org.paperboy.signals;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one source did in one round: calls made, values kept, and what went wrong, written to the
 * log once at the end of the round (a few examples, then counts) rather than once per problem.
 */
final class Tally {
  private static final Logger log = LoggerFactory.getLogger(Tally.class);
  private static final int EXAMPLES = 5;

  final String source;
  int calls;
  int values;
  int papers;
  int notFound;
  int malformed;
  int rejectedFields;
  int failed;
  String limited;
  private final List<String> examples = new ArrayList<>();

  Tally(String source) {
    this.source = source;
  }

  /** An answer that could not be read at all: skipped, and the round's exit code says so. */
  void malformed(String where, String why) {
    malformed++;
    example(where + ": malformed answer skipped (" + why + ")");
  }

  /** One field of an otherwise good answer that was not what the documentation promises. */
  void rejected(String where, String field, String why) {
    rejectedFields++;
    example(where + ": " + field + " " + why + ", ignored");
  }

  void failed(String where, String why) {
    failed++;
    example(where + ": " + why + ", asked again next round");
  }

  void limited(String why) {
    limited = why;
  }

  private void example(String s) {
    if (examples.size() < EXAMPLES) {
      examples.add(s);
    }
  }

  /** Writes the round's one log line for this source, at WARN when anything was skipped. */
  void log() {
    String line = summary();
    boolean trouble = malformed + rejectedFields + failed > 0 || limited != null;
    if (trouble) {
      log.warn("Signals from {}: {}; {}", source, line, String.join("; ", examples));
    } else {
      log.info("Signals from {}: {}", source, line);
    }
  }

  String summary() {
    StringBuilder s =
        new StringBuilder().append(calls).append(" calls, ").append(values).append(" values");
    if (papers > 0) {
      s.append(" for ").append(papers).append(" papers");
    }
    if (notFound > 0) {
      s.append(", ").append(notFound).append(" unknown");
    }
    if (malformed > 0) {
      s.append(", ").append(malformed).append(" malformed answers skipped");
    }
    if (rejectedFields > 0) {
      s.append(", ").append(rejectedFields).append(" fields rejected");
    }
    if (failed > 0) {
      s.append(", ").append(failed).append(" calls failed");
    }
    if (limited != null) {
      s.append(", stopped early: ").append(limited);
    }
    return s.toString();
  }
}
