package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.cli.Main;
import org.paperboy.jobs.JobStatus;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestApp;
import org.paperboy.testing.TestServer;

/** The server's background jobs as {@code /healthz} and {@code paperboy stats} show them. */
class BackgroundJobsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void healthzAndStatsListEveryJobOfTheServer() throws Exception {
    Path data = Files.createDirectories(dir.resolve("serving"));
    try (TestServer server = TestServer.start(data, Databases.sqlite(data), null, 0)) {
      server.app().startBackgroundJobs();
      List<String> names =
          List.of(
              "index-sync",
              "embedding",
              "trending",
              "co-saves",
              "views",
              "cleanup",
              "digests",
              "labs",
              "channels");
      HttpResponse<String> health = server.client().get("/healthz");
      assertThat(health.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(health.body());
      assertThat(body.at("/status").asText()).isEqualTo("ok");
      assertThat(body.at("/failing_jobs").size()).isZero();
      assertThat(body.at("/jobs").findValuesAsText("name")).containsExactlyElementsOf(names);
      assertThat(body.at("/jobs/0/period_s").asLong()).isEqualTo(5);

      StringWriter out = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(out, true),
              new PrintWriter(new StringWriter(), true),
              "stats",
              "--data",
              data.toString());
      assertThat(code).isZero();
      assertThat(out.toString()).contains("jobs ").contains("(serving)");
      for (String name : names) {
        assertThat(out.toString()).contains("  " + name + " ");
      }
    }
  }

  @Test
  void aJobWhoseLastRunFailedIsNamedWhileTheAnswerStays200() throws Exception {
    Path data = Files.createDirectories(dir.resolve("health"));
    JobStatus failed =
        new JobStatus(
            "digests",
            Duration.ofMinutes(5),
            Instant.parse("2026-01-05T06:00:00Z"),
            Duration.ofMillis(40),
            "the mail server is away",
            Instant.parse("2026-01-05T06:05:00Z"),
            false);
    try (Paperboy app = TestApp.open(data, Databases.sqlite(data))) {
      Health health =
          new Health(
              app.database(),
              new Metrics(app.search(), app.papers()::count),
              () -> List.of(failed));
      Javalin javalin = Javalin.create(c -> c.routes.get("/healthz", health::answer)).start(0);
      try {
        HttpResponse<String> answer =
            java.net.http.HttpClient.newHttpClient()
                .send(
                    java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + javalin.port() + "/healthz"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.at("/failing_jobs/0").asText()).isEqualTo("digests");
        assertThat(body.at("/jobs/0/last_error").asText()).isEqualTo("the mail server is away");
      } finally {
        javalin.stop();
      }
    }
  }
}
