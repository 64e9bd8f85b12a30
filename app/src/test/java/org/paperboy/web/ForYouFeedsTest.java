package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.library.Origin;

/** A person's recommendations for programs: the API with their token, and their Atom feed. */
class ForYouFeedsTest extends LibrarySite {
  @Test
  void theApiAndTheFeedAnswerOnlyToAPersonalToken() throws Exception {
    Library library = server.app().library();
    String user = library.userIdFor("feeds@library.test");
    for (String id : new String[] {"r01", "r02", "r03"}) {
      library.mark(user, id, Mark.SAVED, Origin.PAGE);
    }
    String token = library.createToken(user, "reader").secret();

    HttpResponse<String> api =
        server.client().get("/api/v1/for-you?window=month", "Authorization", "Bearer " + token);
    assertThat(api.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(api.body());
    assertThat(body.get("window").asText()).isEqualTo("month");
    assertThat(body.get("papers").isArray()).isTrue();
    assertThat(body.get("count").asInt()).isEqualTo(body.get("papers").size());
    for (JsonNode p : body.get("papers")) {
      assertThat(p.get("paper").get("id").asText())
          .isNotIn("r01", "r02", "r03"); // never saved ones
    }
    assertThat(server.client().get("/api/v1/for-you").statusCode()).isEqualTo(401);
    assertThat(
            server
                .client()
                .get("/api/v1/for-you", "Authorization", "Bearer pb_forged")
                .statusCode())
        .isEqualTo(401);

    HttpResponse<String> feed = server.client().get("/feeds/for-you/" + token + ".atom");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(feed.body()).contains("<title>For you — Paperboy</title>");
    assertThat(server.client().get("/feeds/for-you/pb_forged.atom").statusCode()).isEqualTo(404);
  }
}
