package org.paperboy.signals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperboy.paper.ArxivIds;

/**
 * Hugging Face Papers: {@code GET /api/daily_papers?date=YYYY-MM-DD} lists the papers featured that
 * day, {@code GET /api/papers/{arxiv_id}} describes one (404 when it is not indexed).
 */
final class HuggingFace {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceCalls http;
  private final String base;

  HuggingFace(SourceCalls http, String base) {
    this.http = http;
    this.base = base;
  }

  /** The day's list, or empty when the call failed or the answer was unreadable (tallied). */
  Optional<List<HfPaper>> daily(LocalDate day, Tally tally, Limits limits) {
    String url = base + "/api/daily_papers?date=" + day;
    Optional<JsonNode> body = call(url, tally, limits);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    if (!body.get().isArray()) {
      tally.malformed(url, "not a list");
      return Optional.empty();
    }
    List<HfPaper> out = new ArrayList<>();
    int i = 0;
    for (JsonNode item : body.get()) {
      String where = url + " item " + i++;
      JsonNode paper = item.get("paper");
      if (paper == null || !paper.isObject()) {
        tally.rejected(where, "paper", "is missing");
        continue;
      }
      HfPaper p = paper(paper, item, where, tally);
      if (p != null) {
        out.add(
            p.featuredOn() != null
                ? p
                : new HfPaper(
                    p.id(), p.upvotes(), p.comments(), p.repo(), p.summary(), p.projectUrl(), day));
      }
    }
    return Optional.of(out);
  }

  /** One paper; empty when Hugging Face does not know it or the call failed (tallied). */
  Optional<HfPaper> paper(String arxivId, Tally tally, Limits limits) {
    String url = base + "/api/papers/" + arxivId;
    return call(url, tally, limits)
        .flatMap(
            n -> {
              if (!n.isObject()) {
                tally.malformed(url, "not an object");
                return Optional.empty();
              }
              return Optional.ofNullable(paper(n, n, url, tally));
            });
  }

  private Optional<JsonNode> call(String url, Tally tally, Limits limits) {
    tally.calls++;
    Answer a = http.get(url, null);
    switch (a) {
      case Answer.Body b -> {
        try {
          return Optional.of(JSON.readTree(b.bytes()));
        } catch (JsonProcessingException e) {
          tally.malformed(url, e.getOriginalMessage());
          return Optional.empty();
        } catch (java.io.IOException e) {
          tally.malformed(url, e.getMessage());
          return Optional.empty();
        }
      }
      case Answer.NotFound n -> tally.notFound++;
      case Answer.NotModified n -> tally.failed(url, "unexpected 304");
      case Answer.Limited l -> limits.stop(l, tally);
      case Answer.Failed f -> tally.failed(url, f.why());
    }
    return Optional.empty();
  }

  private static HfPaper paper(JsonNode paper, JsonNode item, String where, Tally tally) {
    String raw = Fields.text(paper, "id", 64, where, tally);
    ArxivIds.ArxivId id = raw == null ? null : ArxivIds.parse(raw);
    if (id == null) {
      tally.rejected(where, "paper.id", "is not an arXiv id");
      return null;
    }
    String w = where + " (" + id.id() + ")";
    String repoUrl = Fields.text(paper, "githubRepo", 300, w, tally);
    String repo = Repos.fromUrl(repoUrl);
    if (repoUrl != null && repo == null) {
      tally.rejected(w, "githubRepo", "is not a github.com/{owner}/{repo} URL");
    }
    String project = Fields.text(paper, "projectPage", 500, w, tally);
    if (project != null && !project.startsWith("https://") && !project.startsWith("http://")) {
      tally.rejected(w, "projectPage", "is not an http(s) URL");
      project = null;
    }
    Long comments = Fields.count(item, "numComments", w, tally);
    return new HfPaper(
        id.id(),
        Fields.count(paper, "upvotes", w, tally),
        comments,
        repo,
        Fields.text(paper, "ai_summary", 1000, w, tally),
        project,
        day(Fields.text(paper, "submittedOnDailyAt", 40, w, tally)));
  }

  private static LocalDate day(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
