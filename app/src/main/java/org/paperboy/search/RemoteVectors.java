package org.paperboy.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;

/** Reads the vectors of an OpenAI-style embeddings answer, in the order of the texts sent. */
final class RemoteVectors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RemoteVectors() {}

  static float[][] read(String body, int expected, URI from) {
    JsonNode data;
    try {
      data = JSON.readTree(body).path("data");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the embeddings server "
              + from
              + " answered something that is not JSON: "
              + excerpt(body));
    }
    if (!data.isArray() || data.size() != expected) {
      throw new IllegalStateException(
          from + " answered " + data.size() + " embeddings for " + expected + " texts");
    }
    float[][] out = new float[expected][];
    for (JsonNode item : data) {
      int i = item.path("index").asInt(-1);
      JsonNode values = item.path("embedding");
      if (i < 0 || i >= expected || out[i] != null || !values.isArray() || values.isEmpty()) {
        throw new IllegalStateException(
            from + " answered an embedding with a bad index or no numbers: " + excerpt(body));
      }
      float[] v = new float[values.size()];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) values.get(d).asDouble();
      }
      out[i] = Vectors.normalize(v);
    }
    return out;
  }

  static String excerpt(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
