package org.paperboy.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.paperboy.paper.ArxivIds;

/**
 * Which papers cite an arXiv paper, from Semantic Scholar ({@code
 * /graph/v1/paper/arXiv:ID/citations}, paged by offset) or OpenAlex ({@code /works?filter=cites:W},
 * paged by cursor, the arXiv work found through its DOI {@code 10.48550/arXiv.ID}). Only citing
 * papers with an arXiv id are kept. A malformed entry is skipped field by field and counted.
 */
final class CitingPapers {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Pages asked per paper: the newest citations come first in neither, so this is a bound. */
  static final int MAX_PAGES = 10;

  static final int PAGE = 100;

  private final SourceCalls s2;
  private final String s2Base;
  private final SourceCalls openAlex;
  private volatile OpenAlex alex;

  /** Where OpenAlex is and whom it may write to about our calls (its polite pool). */
  record OpenAlex(String url, String mailto) {}

  CitingPapers(SourceCalls s2, String s2Base, SourceCalls openAlex, OpenAlex alex) {
    this.s2 = s2;
    this.s2Base = s2Base;
    this.openAlex = openAlex;
    this.alex = alex;
  }

  void useOpenAlex(OpenAlex where) {
    this.alex = where;
  }

  /**
   * The arXiv ids citing {@code id} by Semantic Scholar; empty when the answer failed or the source
   * is limited (the paper is asked again next round), an empty set when S2 does not know it.
   */
  Optional<Set<String>> s2(String id, Tally tally, Limits limits) {
    Set<String> out = new LinkedHashSet<>();
    int offset = 0;
    for (int page = 0; page < MAX_PAGES && limits.open(); page++) {
      String url =
          s2Base
              + "/graph/v1/paper/arXiv:"
              + id
              + "/citations?fields=externalIds,title,publicationDate&limit="
              + PAGE
              + "&offset="
              + offset;
      tally.calls++;
      JsonNode n;
      switch (s2.get(url, null)) {
        case Answer.Body b -> {
          limits.spent(b.spentUntil(), tally);
          n = read(b.bytes(), url, tally);
        }
        case Answer.NotFound nf -> {
          tally.notFound++;
          return Optional.of(out);
        }
        case Answer.Limited l -> {
          limits.stop(l, tally);
          return Optional.empty();
        }
        case Answer.Failed f -> {
          tally.failed(url, f.why());
          return Optional.empty();
        }
        case Answer.NotModified nm -> {
          tally.failed(url, "unexpected 304");
          return Optional.empty();
        }
      }
      if (n == null) {
        return Optional.empty();
      }
      JsonNode data = n.get("data");
      if (data == null || !data.isArray()) {
        tally.malformed(url, "no data list");
        return Optional.empty();
      }
      for (JsonNode entry : data) {
        JsonNode citing = entry.get("citingPaper");
        if (citing == null || !citing.isObject()) {
          tally.rejected("S2 citations of " + id, "citingPaper", "is not an object");
          continue;
        }
        JsonNode ext = citing.get("externalIds");
        if (ext == null || ext.isNull()) {
          continue; // not on arXiv, or S2 knows no ids
        }
        if (!ext.isObject()) {
          tally.rejected("S2 citations of " + id, "externalIds", "is not an object");
          continue;
        }
        String arxiv = Fields.text(ext, "ArXiv", 64, "S2 citations of " + id, tally);
        if (arxiv != null) {
          String clean = idOf(arxiv);
          if (clean == null) {
            tally.rejected("S2 citations of " + id, "ArXiv", "is not an arXiv id");
          } else {
            out.add(clean);
          }
        }
      }
      JsonNode next = n.get("next");
      if (next == null || !next.isIntegralNumber() || next.asInt() <= offset) {
        return Optional.of(out);
      }
      offset = next.asInt();
    }
    return Optional.of(out);
  }

  /** The same from OpenAlex: first the arXiv work by its DOI, then the works citing it. */
  Optional<Set<String>> openAlex(String id, Tally tally, Limits limits) {
    OpenAlex where = alex;
    String polite =
        where.mailto() == null
            ? ""
            : "&mailto="
                + java.net.URLEncoder.encode(
                    where.mailto(), java.nio.charset.StandardCharsets.UTF_8);
    String workUrl = where.url() + "/works/doi:10.48550/arXiv." + id + "?select=id" + polite;
    tally.calls++;
    String work;
    switch (openAlex.get(workUrl, null)) {
      case Answer.Body b -> {
        limits.spent(b.spentUntil(), tally);
        JsonNode n = read(b.bytes(), workUrl, tally);
        if (n == null) {
          return Optional.empty();
        }
        String full = Fields.text(n, "id", 200, "OpenAlex work of " + id, tally);
        if (full == null || !full.matches("(https://openalex\\.org/)?W\\d+")) {
          tally.malformed(workUrl, "no work id");
          return Optional.empty();
        }
        work = full.substring(full.lastIndexOf('/') + 1);
      }
      case Answer.NotFound nf -> {
        tally.notFound++;
        return Optional.of(Set.of());
      }
      case Answer.Limited l -> {
        limits.stop(l, tally);
        return Optional.empty();
      }
      case Answer.Failed f -> {
        tally.failed(workUrl, f.why());
        return Optional.empty();
      }
      case Answer.NotModified nm -> {
        tally.failed(workUrl, "unexpected 304");
        return Optional.empty();
      }
    }
    Set<String> out = new LinkedHashSet<>();
    String cursor = "*";
    for (int page = 0; page < MAX_PAGES && cursor != null && limits.open(); page++) {
      String url =
          where.url()
              + "/works?filter=cites:"
              + work
              + "&select=id,doi,title,publication_date&per-page="
              + PAGE
              + "&cursor="
              + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)
              + polite;
      tally.calls++;
      JsonNode n;
      switch (openAlex.get(url, null)) {
        case Answer.Body b -> {
          limits.spent(b.spentUntil(), tally);
          n = read(b.bytes(), url, tally);
        }
        case Answer.Limited l -> {
          limits.stop(l, tally);
          return Optional.empty();
        }
        case Answer.Failed f -> {
          tally.failed(url, f.why());
          return Optional.empty();
        }
        default -> {
          tally.failed(url, "unexpected answer");
          return Optional.empty();
        }
      }
      if (n == null) {
        return Optional.empty();
      }
      JsonNode results = n.get("results");
      if (results == null || !results.isArray()) {
        tally.malformed(url, "no results list");
        return Optional.empty();
      }
      for (JsonNode r : results) {
        if (!r.isObject()) {
          tally.rejected("OpenAlex citations of " + id, "result", "is not an object");
          continue;
        }
        String doi = Fields.text(r, "doi", 300, "OpenAlex citations of " + id, tally);
        String arxiv = doi == null ? null : arxivOfDoi(doi);
        if (arxiv != null) {
          out.add(arxiv);
        }
      }
      JsonNode meta = n.get("meta");
      JsonNode next = meta == null ? null : meta.get("next_cursor");
      cursor = next != null && next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
      if (results.isEmpty()) {
        cursor = null;
      }
    }
    return Optional.of(out);
  }

  /** {@code https://doi.org/10.48550/arXiv.2503.00001} → {@code 2503.00001}; null otherwise. */
  static String arxivOfDoi(String doi) {
    String d = doi.strip().toLowerCase(java.util.Locale.ROOT);
    int at = d.indexOf("10.48550/arxiv.");
    return at < 0 ? null : idOf(doi.strip().substring(at + "10.48550/arxiv.".length()));
  }

  /** The arXiv id without version, or null when the text is none. */
  static String idOf(String text) {
    ArxivIds.ArxivId parsed = ArxivIds.parse(text);
    return parsed == null ? null : parsed.id();
  }

  private static JsonNode read(byte[] bytes, String url, Tally tally) {
    try {
      JsonNode n = JSON.readTree(bytes);
      if (n == null || !n.isObject()) {
        tally.malformed(url, "not a JSON object");
        return null;
      }
      return n;
    } catch (IOException e) {
      tally.malformed(url, GitHub.firstLine(String.valueOf(e.getMessage())));
      return null;
    }
  }
}
