package org.paperboy.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.signals.PaperSignals;

/** The JSON the API speaks: snake_case records, absent fields left out. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  record Links(String abs, String pdf, String code, String project) {}

  record PaperJson(
      String id,
      int version,
      String title,
      List<String> authors,
      @com.fasterxml.jackson.annotation.JsonProperty("abstract") String abstractText,
      List<String> categories,
      String published,
      String updated,
      String doi,
      String journalRef,
      String comments,
      Links links,
      String url,
      int votes,
      SignalsJson signals,
      String source,
      VenueJson venue) {}

  /** Where a paper was accepted; {@code from} says who said so. */
  record VenueJson(String name, String id, String decision, String from) {
    static VenueJson of(Paper p) {
      org.paperboy.paper.Venue v = org.paperboy.paper.Venue.effective(p);
      return v == null ? null : new VenueJson(v.name(), v.id(), v.decision(), v.from());
    }
  }

  /** What the world says about a paper; a key is absent when its source said nothing. */
  record SignalsJson(
      Long hfUpvotes,
      Long hfComments,
      Long githubStars,
      Long githubStarsGained,
      Long citations,
      String hfUrl,
      String repoUrl,
      String aiSummary) {
    static SignalsJson of(PaperSignals s) {
      s = s == null ? PaperSignals.NONE : s;
      return new SignalsJson(
          s.hfUpvotes(),
          s.hfComments(),
          s.githubStars(),
          s.githubStarsGained(),
          s.citations(),
          s.hfUrl(),
          s.repoUrl(),
          s.aiSummary());
    }
  }

  record Error(int status, String message) {}

  record ErrorBody(Error error) {}

  static PaperJson paper(Paper p, int votes, String baseUrl) {
    return paper(p, votes, baseUrl, null);
  }

  /** With its signals: {@code "signals": {}} when there are none, left out when {@code null}. */
  static PaperJson paper(Paper p, int votes, String baseUrl, SignalsJson signals) {
    return new PaperJson(
        p.id(),
        p.version(),
        p.title(),
        p.authors(),
        p.abstractText(),
        p.categories(),
        p.published() == null ? null : p.published().toString(),
        p.updated() == null ? null : p.updated().toString(),
        p.doi(),
        p.journalRef(),
        p.comments(),
        new Links(p.links().abs(), p.links().pdf(), p.links().code(), p.links().project()),
        baseUrl + "/papers/" + org.paperboy.paper.PaperIds.path(p.id()),
        votes,
        signals,
        p.server(),
        VenueJson.of(p));
  }

  /** A score as JSON may hold it: NaN and infinities (a search without a ranking) become null. */
  static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }

  static void send(Context ctx, Object body) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + body.getClass(), e);
    }
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status);
    send(ctx, new ErrorBody(new Error(status, message)));
  }
}
