package org.paperboy.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code paperboy recommend --profiles}: reads profiles, one JSON object a line ({@code _id},
 * {@code liked}, {@code disliked}), ranks every stored paper not in a profile's lists, and writes a
 * TREC run or JSON lines. Malformed lines are reported (where and why) and skipped.
 */
final class ProfileRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNK = 256;

  private ProfileRun() {}

  record Profile(String id, List<String> liked, List<String> disliked) {}

  /** Returns how many lines were skipped as malformed. */
  static int run(
      ProfileRanking ranking,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      int limit,
      boolean json,
      String tag)
      throws IOException {
    int bad = 0;
    int lineNo = 0;
    List<Profile> chunk = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        chunk.add(parse(line));
      } catch (IllegalArgumentException | IOException e) {
        bad++;
        err.printf("line %d skipped: %s%n", lineNo, e.getMessage());
      }
      if (chunk.size() == CHUNK) {
        write(ranking, chunk, out, limit, json, tag);
        chunk.clear();
      }
    }
    write(ranking, chunk, out, limit, json, tag);
    out.flush();
    return bad;
  }

  static Profile parse(String line) throws IOException {
    JsonNode n = JSON.readTree(line);
    if (n == null || !n.isObject() || !n.path("_id").isTextual()) {
      throw new IllegalArgumentException("not an object with a text \"_id\"");
    }
    return new Profile(n.get("_id").asText(), ids(n, "liked"), ids(n, "disliked"));
  }

  private static List<String> ids(JsonNode n, String field) {
    JsonNode a = n.path(field);
    if (a.isMissingNode() || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" is not a list of ids");
    }
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static void write(
      ProfileRanking ranking,
      List<Profile> chunk,
      PrintWriter out,
      int limit,
      boolean json,
      String tag) {
    List<List<ProfileRanking.Hit>> ranked =
        chunk.parallelStream().map(p -> ranking.rank(p.liked(), p.disliked(), limit)).toList();
    for (int i = 0; i < chunk.size(); i++) {
      String qid = chunk.get(i).id();
      List<ProfileRanking.Hit> hits = ranked.get(i);
      if (json) {
        ObjectNode o = JSON.createObjectNode().put("_id", qid);
        ArrayNode a = o.putArray("ranking");
        hits.forEach(h -> a.addObject().put("id", h.paperId()).put("score", h.score()));
        out.println(o);
      } else {
        for (int r = 0; r < hits.size(); r++) {
          out.println(
              String.format(
                  Locale.ROOT,
                  "%s Q0 %s %d %.6f %s",
                  qid,
                  hits.get(r).paperId(),
                  r + 1,
                  hits.get(r).score(),
                  tag));
        }
      }
    }
  }
}
