package org.paperboy.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one background job stands.
 *
 * @param name what it does, e.g. {@code digests}
 * @param period the pause between the end of one run and the start of the next
 * @param lastRun when the last run started; null before the first
 * @param lastDuration how long the last run took; null before the first
 * @param lastError what the last run failed with; null when it succeeded (or none ran yet)
 * @param nextRun when the next run is due; null while one runs and once stopped
 * @param running whether a run is under way now
 */
public record JobStatus(
    String name,
    Duration period,
    Instant lastRun,
    Duration lastDuration,
    String lastError,
    Instant nextRun,
    boolean running) {

  /** Whether its last run failed. */
  public boolean failing() {
    return lastError != null;
  }

  /** As JSON fields: {@code /healthz}, {@code stats --format json} and the status file. */
  public Map<String, Object> asJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("period_s", period.toSeconds());
    m.put("last_run", lastRun == null ? null : lastRun.toString());
    m.put("last_duration_ms", lastDuration == null ? null : lastDuration.toMillis());
    m.put("last_error", lastError);
    m.put("next_run", nextRun == null ? null : nextRun.toString());
    m.put("running", running);
    return m;
  }

  static JobStatus fromJson(Map<?, ?> m) {
    return new JobStatus(
        String.valueOf(m.get("name")),
        Duration.ofSeconds(((Number) m.get("period_s")).longValue()),
        instant(m.get("last_run")),
        m.get("last_duration_ms") == null
            ? null
            : Duration.ofMillis(((Number) m.get("last_duration_ms")).longValue()),
        (String) m.get("last_error"),
        instant(m.get("next_run")),
        Boolean.TRUE.equals(m.get("running")));
  }

  private static Instant instant(Object value) {
    return value == null ? null : Instant.parse(value.toString());
  }
}
