package org.paperboy.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs' status in a small JSON file of the data folder ({@code DATA/jobs.json}), rewritten
 * whole (a temporary file, then renamed) after every run: how {@code paperboy stats}, another
 * process, sees the server's jobs.
 */
public final class StatusFile {
  private static final Logger log = LoggerFactory.getLogger(StatusFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a server wrote.
   *
   * @param pid the server's process
   * @param updated when it wrote it
   * @param serving whether the jobs ran then (false once the server stopped them)
   * @param jobs each job's status
   */
  public record Snapshot(long pid, Instant updated, boolean serving, List<JobStatus> jobs) {
    /** Whether the process that wrote it is still alive. */
    public boolean alive() {
      return serving && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
  }

  private final Path file;

  StatusFile(Path file) {
    this.file = file;
  }

  synchronized void write(List<JobStatus> jobs, boolean serving, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pid", ProcessHandle.current().pid());
    m.put("updated", now.toString());
    m.put("serving", serving);
    m.put("jobs", jobs.stream().map(JobStatus::asJson).toList());
    try {
      Path part = file.resolveSibling(file.getFileName() + ".part");
      JSON.writeValue(part.toFile(), m);
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      log.debug("Could not write {}: {}", file, e.toString()); // stats then shows older news
    }
  }

  Optional<Snapshot> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Map<?, ?> m = JSON.readValue(file.toFile(), Map.class);
      List<JobStatus> jobs = new ArrayList<>();
      for (Object j : (List<?>) m.get("jobs")) {
        jobs.add(JobStatus.fromJson((Map<?, ?>) j));
      }
      return Optional.of(
          new Snapshot(
              ((Number) m.get("pid")).longValue(),
              Instant.parse(String.valueOf(m.get("updated"))),
              Boolean.TRUE.equals(m.get("serving")),
              jobs));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: as if there were none
    }
  }
}
