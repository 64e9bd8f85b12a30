package org.paperboy.search;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Embeds through any OpenAI-compatible {@code /v1/embeddings} endpoint (a GPU box running a
 * text-embeddings server, say), for bulk imports. It must serve the same model as the local one, so
 * that the vectors share a space; queries keep the model's query instruction.
 */
public final class RemoteEmbedder implements Embedder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PER_REQUEST = 64;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI url;
  private final String remoteModel;
  private final String apiKey;
  private final EmbeddingModel local;

  /**
   * @param remoteModel the model name the server expects, e.g. {@code BAAI/bge-small-en-v1.5}
   * @param apiKey sent as a bearer token when not null
   */
  public RemoteEmbedder(String url, String remoteModel, String apiKey, EmbeddingModel local) {
    this.url = URI.create(url);
    this.remoteModel = remoteModel;
    this.apiKey = apiKey;
    this.local = local;
  }

  @Override
  public String model() {
    return local.key();
  }

  @Override
  public int dimensions() {
    return 384;
  }

  @Override
  public float[] embedQuery(String query) {
    return embedPassages(List.of(local.queryPrefix() + query))[0];
  }

  @Override
  public float[][] embedPassages(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int from = 0; from < texts.size(); from += PER_REQUEST) {
      List<String> chunk = texts.subList(from, Math.min(texts.size(), from + PER_REQUEST));
      JsonNode data = post(chunk).path("data");
      if (!data.isArray() || data.size() != chunk.size()) {
        throw new IllegalStateException(
            url + " answered " + data.size() + " embeddings for " + chunk.size() + " texts");
      }
      for (JsonNode item : data) {
        int i = item.path("index").asInt();
        JsonNode values = item.path("embedding");
        float[] v = new float[values.size()];
        for (int d = 0; d < v.length; d++) {
          v[d] = (float) values.get(d).asDouble();
        }
        out[from + i] = Vectors.normalize(v);
      }
    }
    return out;
  }

  private JsonNode post(List<String> texts) {
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
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        String detail =
            response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
        throw new IllegalStateException(
            "the embeddings server "
                + url
                + " answered HTTP "
                + response.statusCode()
                + ": "
                + detail);
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "the embeddings server " + url + " cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
