package org.paperboy.recommend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code paperboy recommend --readers}: the other readers of an instance, one JSON object a line
 * ({@code _id}, {@code liked}), as {@link ProfileRun} reads profiles. Ids of papers that are not
 * stored are skipped and counted; a malformed line is reported with its number and skipped.
 */
final class ReadersFile {
  /** The most readers read (a bound on memory: 1 million readers of 1,000 saves is 4 GB). */
  static final int MAX_READERS = 1_000_000;

  private ReadersFile() {}

  /** The readers' libraries and what was left out. */
  record Read(List<List<String>> libraries, int badLines, long unknownIds) {
    boolean clean() {
      return badLines == 0 && unknownIds == 0;
    }
  }

  static Read read(BufferedReader in, Predicate<String> stored, PrintWriter err)
      throws IOException {
    List<List<String>> libraries = new ArrayList<>();
    Set<String> seenReaders = new HashSet<>();
    int bad = 0;
    long unknown = 0;
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (libraries.size() == MAX_READERS) {
        err.printf("readers: only the first %,d readers are read%n", MAX_READERS);
        bad++;
        break;
      }
      ProfileRun.Profile p;
      try {
        p = ProfileRun.parse(line);
      } catch (IllegalArgumentException | IOException e) {
        bad++;
        err.printf("readers: line %d skipped: %s%n", lineNo, e.getMessage());
        continue;
      }
      if (!seenReaders.add(p.id())) {
        bad++;
        err.printf("readers: line %d skipped: reader \"%s\" given twice%n", lineNo, p.id());
        continue;
      }
      Set<String> saved = new LinkedHashSet<>();
      for (String id : p.liked()) {
        if (stored.test(id)) {
          saved.add(id);
        } else {
          unknown++;
        }
      }
      libraries.add(List.copyOf(saved));
    }
    if (unknown > 0) {
      err.printf("readers: %,d paper ids not stored were skipped%n", unknown);
    }
    return new Read(libraries, bad, unknown);
  }
}
