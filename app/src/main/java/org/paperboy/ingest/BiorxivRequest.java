package org.paperboy.ingest;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One harvest of bioRxiv or medRxiv through {@code
 * {baseUrl}/details/{server}/{from}/{until}/{cursor}}.
 *
 * @param from null: continue from the last complete harvest (yesterday for the first one)
 * @param until null: today
 */
public record BiorxivRequest(
    String baseUrl, String server, LocalDate from, LocalDate until, Duration delay) {
  public static final String DEFAULT_URL = "https://api.biorxiv.org";

  public BiorxivRequest {
    if (!server.equals("biorxiv") && !server.equals("medrxiv")) {
      throw new IllegalArgumentException("unknown server '" + server + "' (biorxiv or medrxiv)");
    }
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("the bioRxiv API URL must be http(s): " + baseUrl);
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("--until " + until + " is before --from " + from);
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("the delay cannot be negative");
    }
  }

  String key() {
    return baseUrl + " " + server;
  }

  String url(LocalDate a, LocalDate b, long cursor) {
    return baseUrl + "/details/" + server + "/" + a + "/" + b + "/" + cursor;
  }
}
