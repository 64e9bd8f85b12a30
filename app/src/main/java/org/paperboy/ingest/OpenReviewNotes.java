package org.paperboy.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.Text;
import org.paperboy.paper.Venue;

/**
 * A page of OpenReview's API v2 {@code /notes}: each note's fields are {@code {"value": ...}}
 * objects under {@code content}; {@code count} is how many the query matches in all.
 */
final class OpenReviewNotes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARXIV_LINK =
      Pattern.compile(
          "(?:arxiv\\.org/(?:abs|pdf)/|arxiv:\\s*)(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_AND_DECISION =
      Pattern.compile("(.*?\\b(?:19|20)\\d\\d)\\b(.*)");

  private OpenReviewNotes() {}

  /** One accepted note; {@code abstractText} is empty when the note has none. */
  record Note(
      String forum,
      String title,
      String abstractText,
      List<String> authors,
      Venue venue,
      String arxivId,
      LocalDate published) {}

  record Page(List<Note> notes, List<String> rejected, int size, long count) {}

  static Page parse(byte[] body, String venueId, long offset) throws BiorxivPage.Unreadable {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new BiorxivPage.Unreadable(
          "not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (root == null || !root.path("notes").isArray()) {
      throw new BiorxivPage.Unreadable("JSON without notes");
    }
    JsonNode notes = root.path("notes");
    List<Note> out = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      JsonNode n = notes.get(i);
      String forum = text(n.path("forum"));
      forum = forum == null ? text(n.path("id")) : forum;
      String title = Text.clean(value(n, "title"));
      String where = "note " + (offset + i + 1) + (forum == null ? "" : " (" + forum + ")");
      if (PaperIds.fromOpenReview(forum) == null) {
        rejected.add(where + ": missing or odd forum id");
      } else if (title == null) {
        rejected.add(where + ": missing title");
      } else {
        String abs = Text.clean(value(n, "abstract"));
        out.add(
            new Note(
                forum,
                title,
                abs == null ? "" : abs,
                authors(n.path("content").path("authors").path("value")),
                venue(value(n, "venue"), venueId),
                arxivId(n.path("content")),
                date(n)));
      }
    }
    return new Page(out, rejected, notes.size(), BiorxivPage.number(root.path("count"), -1));
  }

  /** {@code "ICLR 2025 Oral"}: the name up to the year, and what follows as the decision. */
  static Venue venue(String label, String venueId) {
    String l = Text.clean(label);
    if (l == null) {
      l = venueId.replaceAll("\\.cc/|/Conference$|/Journal$", " ").replace('/', ' ');
    }
    Matcher m = NAME_AND_DECISION.matcher(l);
    String name = m.matches() ? m.group(1).strip() : l;
    String decision = m.matches() ? Text.clean(m.group(2).replaceAll("[()]", " ")) : null;
    if (decision != null) {
      decision = Character.toUpperCase(decision.charAt(0)) + decision.substring(1);
    }
    return new Venue(name, venueId, decision, Venue.OPENREVIEW);
  }

  private static String arxivId(JsonNode content) {
    for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (field.toLowerCase(Locale.ROOT).contains("abstract")) {
        continue; // an abstract that cites arXiv is not this paper's link
      }
      JsonNode v = content.path(field).path("value");
      if (v.isTextual()) {
        Matcher m = ARXIV_LINK.matcher(v.asText());
        if (m.find()) {
          ArxivIds.ArxivId id = ArxivIds.parse(m.group(1));
          if (id != null) {
            return id.id();
          }
        }
      }
    }
    return null;
  }

  private static List<String> authors(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size() && out.size() < 1_000; i++) {
      String a = Text.clean(Text.printable(list.get(i).asText()));
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static LocalDate date(JsonNode n) {
    for (String field : List.of("pdate", "odate", "cdate")) {
      if (n.path(field).canConvertToLong()) {
        return Instant.ofEpochMilli(n.path(field).asLong()).atZone(ZoneOffset.UTC).toLocalDate();
      }
    }
    return null;
  }

  private static String value(JsonNode n, String field) {
    return text(n.path("content").path(field).path("value"));
  }

  private static String text(JsonNode v) {
    if (!v.isTextual()) {
      return null;
    }
    String t = Text.printable(v.asText());
    return t.length() > 100_000 ? t.substring(0, 100_000) : t;
  }
}
