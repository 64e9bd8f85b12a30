package org.paperboy.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.paperboy.http.HttpFailure;
import org.paperboy.http.OutsideHttp;
import org.paperboy.http.Reply;
import org.paperboy.http.Retries;

/**
 * One OpenAI-compatible {@code /v1/embeddings} endpoint: a request of texts, tried again with a
 * doubling wait when the server is unreachable, overloaded (429) or failing (5xx), and refused at
 * once when the request itself is wrong.
 */
final class EmbeddingsEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The most of an answer read: 64 texts of 1,024 numbers are a few MB. */
  private static final int MAX_BODY = 256 << 20;

  private final URI url;
  private final String remoteModel;
  private final String apiKey;
  private final OutsideHttp http =
      new OutsideHttp(
          new OutsideHttp.Settings(
              null,
              Duration.ofSeconds(10),
              Duration.ofMinutes(2),
              Duration.ZERO,
              MAX_BODY,
              OutsideHttp.Mode.STAY),
          Clock.systemUTC());
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
    Retries retries =
        new Retries(attempts, firstWait, Duration.ofMinutes(1), null); // Retry-After not read
    try {
      Reply reply = http.retrying(retries).fetch(url.toString(), () -> http(texts));
      return RemoteVectors.read(reply.text(), texts.size(), url);
    } catch (HttpFailure e) {
      if (e.getCause() instanceof InterruptedIOException) {
        throw new IllegalStateException("interrupted", e);
      }
      String detail = RemoteVectors.excerpt(e.body);
      if (e.refused && e.status > 0) { // the request itself is wrong: trying again won't help
        throw new IllegalStateException(
            "the embeddings server "
                + url
                + " answered HTTP "
                + e.status
                + ": "
                + detail
                + (e.status == 413 || e.status == 422
                    ? " (too many texts a request? lower PAPERBOY_EMBEDDINGS_BATCH, or raise the"
                        + " server's limit: --max-client-batch-size for text-embeddings-inference)"
                    : ""));
      }
      String last =
          e.status > 0
              ? "answered HTTP " + e.status + ": " + detail
              : "cannot be reached: " + (e.getCause() == null ? e : e.getCause());
      throw new IllegalStateException(
          "the embeddings server " + url + " " + last + " (tried " + e.attempts + " times)");
    }
  }

  private HttpRequest.Builder http(List<String> texts) {
    ObjectNode body = JSON.createObjectNode().put("model", remoteModel);
    ArrayNode input = body.putArray("input");
    texts.forEach(input::add);
    HttpRequest.Builder request =
        http.request(url.toString())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (apiKey != null && !apiKey.isBlank()) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return request;
  }
}
