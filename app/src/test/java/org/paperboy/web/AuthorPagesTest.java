package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.testing.WebClient;

/** Author pages, their feed and API, following and "This is me" through the real server. */
class AuthorPagesTest extends LibrarySite {
  static final ObjectMapper JSON = new ObjectMapper();

  static Paper paper(String id, String published, String... authors) {
    return new Paper(
        id,
        1,
        "Paper " + id,
        "Abstract of " + id,
        List.of(authors),
        List.of("cs.LG"),
        LocalDate.parse(published),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "test",
        null);
  }

  @BeforeAll
  static void authors() {
    server
        .app()
        .papers()
        .upsert(
            List.of(
                paper("2502.10436", "2025-02-14", "Maria Quill", "Simon Guo", "Azalia Mirhoseini"),
                paper("2502.10517", "2025-02-15", "Maria Quill", "Simon Guo"),
                paper("2503.00001", "2025-03-01", "M. Quill", "Simon Guo"),
                paper("2503.00002", "2025-03-02", "Jo/Slash Name")));
  }

  @Test
  void theAuthorPageListsPapersCoauthorsAndLinks() {
    WebClient c = server.client();
    HttpResponse<String> page = c.get("/authors/Maria%20Quill");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Maria Quill</h1>")
        .contains("2 papers here")
        .contains("href=\"/authors/Simon%20Guo\"")
        .contains("/feeds/authors/Maria%20Quill.atom")
        .contains("Also written as")
        .contains("href=\"/authors/M.%20Quill\"");
    assertThat(page.body().indexOf("2502.10517")).isLessThan(page.body().indexOf("2502.10436"));
    assertThat(c.get("/authors/maria%20%20QUILL").body()).contains("<h1>Maria Quill</h1>");
    assertThat(c.get("/papers/2502.10436").body()).contains("href=\"/authors/Maria%20Quill\"");
    assertThat(c.get("/authors/Jo/Slash%20Name").statusCode()).isEqualTo(200);
  }

  @Test
  void badNamesAre400AndUnknownOnes404WithASearchLink() {
    WebClient c = server.client();
    assertThat(c.get("/authors/%20%20%20").statusCode()).isEqualTo(400);
    assertThat(c.get("/authors/" + "x".repeat(301)).statusCode()).isEqualTo(400);
    HttpResponse<String> none = c.get("/authors/Nobody%20Here");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("author%3A%22Nobody+Here%22").contains("<h1>Nobody Here</h1>");
    assertThat(c.get("/api/v1/authors/%20").statusCode()).isEqualTo(400);
    assertThat(c.get("/api/v1/authors/Nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void theApiAndTheFeedSayTheSame() throws Exception {
    WebClient c = server.client();
    HttpResponse<String> r = c.get("/api/v1/authors/Maria%20Quill");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("name").asText()).isEqualTo("Maria Quill");
    assertThat(body.get("paper_count").asInt()).isEqualTo(2);
    assertThat(body.get("papers").get(0).get("id").asText()).isEqualTo("2502.10517");
    assertThat(body.get("coauthors").get(0).get("name").asText()).isEqualTo("Simon Guo");
    assertThat(body.get("coauthors").get(0).get("papers").asInt()).isEqualTo(2);
    HttpResponse<String> feed = c.get("/feeds/authors/Maria%20Quill.atom");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).contains("<title>Papers by Maria Quill</title>").contains("2502.10436");
    assertThat(c.get("/feeds/authors/Nobody.atom").statusCode()).isEqualTo(404);
  }

  @Test
  void aSignedInReaderFollowsClaimsAndSeesBothInSettings() throws Exception {
    WebClient ada = signedIn("ada-people@example.org");
    assertThat(
            ada.post("/authors/follow", Map.of("name", "Maria Quill", "action", "follow"))
                .statusCode())
        .isEqualTo(303);
    assertThat(ada.get("/authors/Maria%20Quill").body()).contains("Following ✓");
    assertThat(
            ada.post("/authors/claim", Map.of("name", "Maria Quill", "action", "claim"))
                .statusCode())
        .isEqualTo(303);
    assertThat(ada.get("/authors/Maria%20Quill").body()).contains("Not me (2 claimed)");
    ada.post("/settings/people", Map.of("action", "follow", "name", "Not Yet Published"));
    String settings = ada.get("/settings/people").body();
    assertThat(settings)
        .contains("Maria Quill")
        .contains("Not Yet Published")
        .contains("Paper 2502.10436");
    assertThat(ada.get("/library").body()).contains("My papers").contains("Paper 2502.10517");
    assertThat(server.client().post("/authors/follow", Map.of("name", "x")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theFollowingApiTakesAPersonalToken() throws Exception {
    String user = server.app().library().userIdFor("program@example.org");
    String token = server.app().library().createToken(user, "script").secret();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/following")))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Maria Quill\"}"));
    assertThat(http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(201);
    assertThat(http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> list =
        server.client().get("/api/v1/following", "Authorization", "Bearer " + token);
    assertThat(JSON.readTree(list.body()).get("following").get(0).get("name").asText())
        .isEqualTo("Maria Quill");
    HttpRequest delete =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/following?name=maria%20quill")))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build();
    assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(server.client().get("/api/v1/following").statusCode()).isEqualTo(401);
    HttpRequest bad =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/following")))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": 3}"))
            .build();
    assertThat(http.send(bad, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
  }

  @Test
  void forYouAndItsFeedShowTheNewPapersOfFollowedAuthors() throws Exception {
    LocalDate today = server.app().trending().today();
    server.app().papers().upsert(List.of(paper("2612.00077", today.toString(), "Maria Quill")));
    WebClient reader = signedIn("for-you-people@example.org");
    reader.post("/authors/follow", Map.of("name", "maria quill", "action", "follow"));
    String page = reader.get("/for-you?window=week").body();
    assertThat(page)
        .contains("New from people you follow")
        .contains("by Maria Quill, whom you follow")
        .contains("Paper 2612.00077");
    String user = server.app().library().userIdFor("for-you-people@example.org");
    String token = server.app().library().createToken(user, "feed").secret();
    String feed = server.client().get("/feeds/for-you/" + token + ".atom?window=week").body();
    assertThat(feed).contains("2612.00077").contains("New from people you follow");
  }
}
