package org.paperboy.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * GitHub: {@code GET /repos/{owner}/{repo}} for {@code stargazers_count}, conditional on the last
 * ETag (a 304 costs no call of the hourly allowance), stopping when the allowance is spent.
 */
final class GitHub {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A repository's stars and the ETag of the answer that said so. */
  record Stars(long stars, String etag) {}

  private final SourceCalls http;
  private final String base;

  GitHub(SourceCalls http, String base) {
    this.http = http;
    this.base = base;
  }

  /**
   * The repository's stars now: {@code known} again on a 304, empty when it is gone or the call
   * failed (tallied).
   */
  Optional<Stars> stars(String repo, Stars known, Tally tally, Limits limits) {
    String url = base + "/repos/" + repo;
    tally.calls++;
    Answer a = http.get(url, known == null ? null : known.etag());
    switch (a) {
      case Answer.Body b -> {
        limits.spent(b.spentUntil(), tally);
        JsonNode n;
        try {
          n = JSON.readTree(b.bytes());
        } catch (IOException e) {
          tally.malformed(url, e.getMessage() == null ? "unreadable" : firstLine(e.getMessage()));
          return Optional.empty();
        }
        if (n == null || !n.isObject()) {
          tally.malformed(url, "not an object");
          return Optional.empty();
        }
        Long stars = Fields.count(n, "stargazers_count", url, tally);
        return stars == null ? Optional.empty() : Optional.of(new Stars(stars, b.etag()));
      }
      case Answer.NotModified m -> {
        limits.spent(m.spentUntil(), tally);
        return Optional.ofNullable(known);
      }
      case Answer.NotFound n -> tally.notFound++;
      case Answer.Limited l -> limits.stop(l, tally);
      case Answer.Failed f -> tally.failed(url, f.why());
    }
    return Optional.empty();
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
