package org.paperboy.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * One OAI-PMH harvest.
 *
 * @param from null: continue from the last complete harvest (or harvest everything)
 * @param until null: up to now
 */
public record HarvestRequest(
    String endpoint,
    String metadataPrefix,
    String set,
    LocalDate from,
    LocalDate until,
    Duration delay) {

  public static final String ARXIV_ENDPOINT = "https://oaipmh.arxiv.org/oai";
  public static final Set<String> PREFIXES = Set.of("arXiv", "arXivRaw", "oai_dc");

  public HarvestRequest {
    if (!PREFIXES.contains(metadataPrefix)) {
      throw new IllegalArgumentException(
          "unsupported metadata prefix '" + metadataPrefix + "' (use arXiv, arXivRaw or oai_dc)");
    }
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("--until " + until + " is before --from " + from);
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("the delay cannot be negative");
    }
    if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
      throw new IllegalArgumentException("the endpoint must be an http(s) URL: " + endpoint);
    }
  }

  /** Identifies the harvest's stored progress. */
  String key() {
    return endpoint + " " + metadataPrefix + " " + (set == null ? "" : set);
  }
}
