package org.paperboy.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paperboy.jobs.JobStatus;
import org.paperboy.jobs.StatusFile;

/** The server's background jobs as {@code stats} prints them, from the status serve writes. */
final class JobLines {
  private JobLines() {}

  static Map<String, Object> json(StatusFile.Snapshot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pid", s.pid());
    m.put("serving", s.alive());
    m.put("updated", s.updated().toString());
    m.put("list", s.jobs().stream().map(JobStatus::asJson).toList());
    return m;
  }

  static void text(StatusFile.Snapshot s, PrintWriter out) {
    out.printf(
        "%-18s of serve, process %d (%s), as of %s%n",
        "jobs", s.pid(), s.alive() ? "serving" : "stopped", at(s.updated()));
    for (JobStatus j : s.jobs()) {
      StringBuilder line = new StringBuilder("every " + j.period().toSeconds() + " s");
      if (j.lastRun() == null) {
        line.append("; not run yet");
      } else {
        line.append("; last ")
            .append(at(j.lastRun()))
            .append(" (")
            .append(j.lastDuration().toMillis())
            .append(" ms)");
      }
      if (j.running()) {
        line.append("; running");
      }
      if (j.failing()) {
        line.append("; FAILED: ").append(j.lastError());
      }
      if (j.nextRun() != null && s.alive()) {
        line.append("; next ").append(at(j.nextRun()));
      }
      out.printf("  %-16s %s%n", j.name(), line);
    }
  }

  private static String at(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
