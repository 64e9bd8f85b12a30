package org.paperboy.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OpenAI-compatible {@code /v1/embeddings} endpoint: a request of texts, tried again with a
 * doubling wait when the server is unreachable, overloaded (429) or failing (5xx), and refused at
 * once when the request itself is wrong.
 */
final class EmbeddingsEndpoint {
  private static final Logger log = LoggerFactory.getLogger(RemoteEmbedder.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI url;
  private final String remoteModel;
  private final String apiKey;
  private final Duration firstWait;

  /**
   * @param apiKey sent as a bearer token when not null
   * @param firstWait wait after the first failed try; doubled after each, at most a minute
   */
  EmbeddingsEndpoint(URI url, String remoteModel, String apiKey, Duration firstWait) {
    this.url = url;
    this.remoteModel = remoteModel;
    this.apiKey = apiKey;
    this.firstWait = firstWait;
  }

  /** The texts' vectors, the request tried up to {@code attempts} times. */
  float[][] embed(List<String> texts, int attempts) {
    String last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        pause(attempt - 1, last);
      }
      HttpResponse<String> response;
      try {
        response = client.send(http(texts), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        last = "cannot be reached: " + e;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      int status = response.statusCode();
      if (status == 200) {
        return RemoteVectors.read(response.body(), texts.size(), url);
      }
      String detail = RemoteVectors.excerpt(response.body());
      if (status != 429 && status < 500) { // the request itself is wrong: trying again won't help
        throw new IllegalStateException(
            "the embeddings server "
                + url
                + " answered HTTP "
                + status
                + ": "
                + detail
                + (status == 413 || status == 422
                    ? " (too many texts a request? lower PAPERBOY_EMBEDDINGS_BATCH, or raise the"
                        + " server's limit: --max-client-batch-size for text-embeddings-inference)"
                    : ""));
      }
      last = "answered HTTP " + status + ": " + detail;
    }
    throw new IllegalStateException(
        "the embeddings server " + url + " " + last + " (tried " + attempts + " times)");
  }

  private HttpRequest http(List<String> texts) {
    ObjectNode body = JSON.createObjectNode().put("model", remoteModel);
    ArrayNode input = body.putArray("input");
    texts.forEach(input::add);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (apiKey != null && !apiKey.isBlank()) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return request.build();
  }

  private void pause(int failures, String why) {
    long millis = Math.min(60_000, firstWait.toMillis() << Math.min(failures - 1, 16));
    log.warn("The embeddings server {} {}; trying again in {} ms", url, why, millis);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
