package org.paperboy.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.Text;

/**
 * One page of bioRxiv's (or medRxiv's) {@code details} answer: {@code messages[0]} says where the
 * page starts ({@code cursor}), how many records it holds ({@code count}) and how many the interval
 * has ({@code total}), each a number or a string; {@code collection} holds one record per version.
 *
 * @param count records in this page, as the server says: the next page starts at cursor + count
 */
record BiorxivPage(long cursor, long count, long total, List<ParsedRecord> records) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer that is not the API's JSON (an HTML page, a truncated body). */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  boolean last() {
    return count <= 0 || cursor + count >= total;
  }

  static BiorxivPage parse(byte[] body, String server, long askedCursor) throws Unreadable {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Unreadable("not JSON (" + e.getOriginalMessage() + ")");
    } catch (java.io.IOException e) {
      throw new Unreadable(e.toString());
    }
    if (root == null || !root.isObject() || !root.path("messages").isArray()) {
      throw new Unreadable("JSON without messages");
    }
    JsonNode message = root.path("messages").path(0);
    JsonNode collection = root.path("collection");
    if (!collection.isArray() || collection.isEmpty()) {
      return new BiorxivPage(askedCursor, 0, 0, List.of()); // "no posts found"
    }
    long cursor = number(message.path("cursor"), askedCursor);
    long count = number(message.path("count"), collection.size());
    long total = number(message.path("total"), cursor + count);
    List<ParsedRecord> records = new ArrayList<>();
    for (int i = 0; i < collection.size(); i++) {
      String where = server + " page at cursor " + cursor + ", record " + (i + 1);
      try {
        records.add(new ParsedRecord.Parsed(paper(collection.get(i), server)));
      } catch (RecordException e) {
        records.add(new ParsedRecord.Rejected(where, e.getMessage()));
      }
    }
    return new BiorxivPage(cursor, count, total, records);
  }

  /** A number sent as a number or as a string; {@code otherwise} when it is neither. */
  static long number(JsonNode node, long otherwise) {
    if (node.isNumber()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.asText().strip());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
    return otherwise;
  }

  private static Paper paper(JsonNode r, String server) throws RecordException {
    String doi = text(r, "doi");
    String id = PaperIds.fromDoi(doi);
    if (id == null) {
      throw new RecordException(doi == null ? "missing DOI" : "not a bioRxiv DOI: " + doi);
    }
    String title = Text.clean(text(r, "title"));
    if (title == null) {
      throw new RecordException("missing title (" + doi + ")");
    }
    int version;
    try {
      version = Papers.versionNumber(text(r, "version"));
    } catch (RecordException e) {
      version = 0;
    }
    LocalDate date = Dates.ymd(text(r, "date"));
    String category = Text.clean(text(r, "category"));
    String site =
        "https://www." + server + ".org/content/" + doi + (version > 0 ? "v" + version : "");
    return new Paper(
        id,
        version,
        title,
        Text.clean(text(r, "abstract")) == null ? "" : Text.clean(text(r, "abstract")),
        authors(text(r, "authors")),
        category == null ? List.of() : List.of(category.toLowerCase(Locale.ROOT).replace(' ', '-')),
        date,
        date,
        doi,
        null,
        null,
        Text.blankToNull(text(r, "license")),
        new Paper.Links(site, site + ".full.pdf", null, null),
        server,
        null);
  }

  /** {@code "Smith, J.; Doe, A."}: one author per {@code ; }. */
  static List<String> authors(String s) {
    if (s == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String a : s.split(";")) {
      String name = Text.clean(a);
      if (name != null && out.size() < 1_000) {
        out.add(name);
      }
    }
    return out;
  }

  private static String text(JsonNode r, String field) {
    JsonNode n = r.path(field);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    String t = Text.printable(n.asText());
    return t.length() > 100_000 ? t.substring(0, 100_000) : t;
  }
}
