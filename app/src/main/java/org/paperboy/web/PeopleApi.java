package org.paperboy.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;
import org.paperboy.people.AuthorPage;
import org.paperboy.people.FollowOutcome;
import org.paperboy.people.People;
import org.paperboy.trending.Trending;

/** The API of people: {@code /api/v1/authors/NAME} and {@code /api/v1/following} (by token). */
final class PeopleApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  record CoauthorJson(String name, int papers) {}

  record AuthorJson(
      String name,
      int paperCount,
      int page,
      boolean hasNext,
      List<Json.PaperJson> papers,
      List<CoauthorJson> coauthors,
      List<String> categories,
      Integer firstYear,
      Integer lastYear,
      List<String> alsoWrittenAs) {}

  record FollowedJson(String name, String url) {}

  private final SignedIn signedIn;
  private final Supplier<String> baseUrl;
  private final People people;
  private final Trending trending;

  PeopleApi(Kit kit, People people, Trending trending) {
    this.signedIn = kit.signedIn();
    this.baseUrl = kit.baseUrl();
    this.people = people;
    this.trending = trending;
  }

  void author(Context ctx) {
    String name = ctx.pathParam("name");
    int page = Params.integer(ctx, "page", 1, 1, 10_000);
    AuthorPage a = people.author(name, page);
    if (a.empty()) {
      throw HttpError.notFound(
          "no papers under the name "
              + name.strip()
              + "; search: "
              + baseUrl.get()
              + "/search?q="
              + Views.url("author:\"" + name.strip() + "\""));
    }
    Map<String, Integer> votes = trending.votes(a.papers().stream().map(Paper::id).toList());
    String base = baseUrl.get();
    Json.send(
        ctx,
        new AuthorJson(
            a.name(),
            a.paperCount(),
            page,
            a.hasNext(),
            a.papers().stream()
                .map(p -> Json.paper(p, votes.getOrDefault(p.id(), 0), base))
                .toList(),
            a.coauthors().stream().map(c -> new CoauthorJson(c.name(), c.papers())).toList(),
            a.categories(),
            a.firstYear() == 0 ? null : a.firstYear(),
            a.lastYear() == 0 ? null : a.lastYear(),
            a.alsoWrittenAs()));
  }

  void list(Context ctx) {
    String user = signedIn.bearer(ctx);
    String base = baseUrl.get();
    Json.send(
        ctx,
        Map.of(
            "following",
            people.following(user).stream()
                .map(f -> new FollowedJson(f.name(), base + Views.authorHref(f.name())))
                .toList()));
  }

  /** {@code {"name": "Anne Ouyang"}}: 201 when the follow is new, 200 when it was there. */
  void follow(Context ctx) {
    String user = signedIn.bearer(ctx);
    FollowOutcome f = people.follow(user, name(ctx));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", f.followed().name());
    body.put("added", f.added());
    body.put("papers", f.papers());
    body.put("message", f.message());
    ctx.status(f.added() ? 201 : 200);
    Json.send(ctx, body);
  }

  /** {@code ?name=} or a body {@code {"name": ...}}; 404 when the name was not followed. */
  void unfollow(Context ctx) {
    String user = signedIn.bearer(ctx);
    String name = ctx.queryParam("name") != null ? ctx.queryParam("name") : name(ctx);
    if (!people.unfollow(user, name)) {
      throw HttpError.notFound("you do not follow " + name.strip());
    }
    Json.send(ctx, Map.of("name", name.strip(), "removed", true));
  }

  private static String name(Context ctx) {
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw HttpError.badRequest("The body must be JSON: {\"name\": \"Anne Ouyang\"}");
    }
    JsonNode name = body == null ? null : body.get("name");
    if (name == null || !name.isTextual()) {
      throw HttpError.badRequest("The body must be JSON: {\"name\": \"Anne Ouyang\"}");
    }
    return name.asText();
  }
}
