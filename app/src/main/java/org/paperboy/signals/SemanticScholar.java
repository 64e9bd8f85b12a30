package org.paperboy.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic Scholar: {@code POST /graph/v1/paper/batch?fields=citationCount} with up to 500 ids
 * {@code ARXIV:<id>}; the answer lists one paper or null per id, in order.
 */
final class SemanticScholar {
  static final int BATCH = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceCalls http;
  private final String base;

  SemanticScholar(SourceCalls http, String base) {
    this.http = http;
    this.base = base;
  }

  /** Citations by arXiv id for one batch of at most {@link #BATCH} ids. */
  Map<String, Long> citations(List<String> ids, Tally tally, Limits limits) {
    String url = base + "/graph/v1/paper/batch?fields=citationCount";
    ObjectNode request = JSON.createObjectNode();
    ArrayNode list = request.putArray("ids");
    ids.forEach(id -> list.add("ARXIV:" + id));
    tally.calls++;
    Map<String, Long> out = new HashMap<>();
    switch (http.post(url, request.toString())) {
      case Answer.Body b -> {
        JsonNode n;
        try {
          n = JSON.readTree(b.bytes());
        } catch (IOException e) {
          tally.malformed(url, GitHub.firstLine(String.valueOf(e.getMessage())));
          return out;
        }
        if (n == null || !n.isArray() || n.size() != ids.size()) {
          tally.malformed(url, "not a list of " + ids.size() + " entries");
          return out;
        }
        for (int i = 0; i < ids.size(); i++) {
          JsonNode p = n.get(i);
          if (p == null || p.isNull()) {
            tally.notFound++;
          } else if (p.isObject()) {
            Long c = Fields.count(p, "citationCount", "S2 " + ids.get(i), tally);
            if (c != null) {
              out.put(ids.get(i), c);
            }
          }
        }
      }
      case Answer.Limited l -> limits.stop(l, tally);
      case Answer.Failed f -> tally.failed(url, f.why());
      case Answer.NotFound nf -> tally.failed(url, "HTTP 404");
      case Answer.NotModified nm -> tally.failed(url, "unexpected 304");
    }
    return out;
  }
}
