package org.paperboy.ingest;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.paper.Text;

/**
 * Paperboy's own JSON lines format, the one {@code export} writes (see README). It also takes the
 * field names of a plain paper list ({@code arxiv_id}, {@code primary_category}, {@code code_url},
 * {@code date}), so that such lists import as they are. A record without any id gets a stable one
 * made from its title.
 */
final class PaperboyFormat extends JsonLineFormat<PaperboyFormat.Record> {

  record Links(String abs, String pdf, String code, String project) {}

  /** OpenReview's venue, as {@code export} writes it. */
  record VenueRecord(String name, String id, String decision, String from) {}

  record Record(
      @JsonAlias("arxiv_id") String id,
      Integer version,
      String title,
      @JsonProperty("abstract") String abstractText,
      List<String> authors,
      List<String> categories,
      @JsonProperty("primary_category") String primaryCategory,
      @JsonAlias("date") String published,
      String updated,
      String doi,
      @JsonProperty("journal_ref") String journalRef,
      String comments,
      String license,
      Links links,
      @JsonProperty("code_url") String codeUrl,
      String source,
      String added,
      VenueRecord venue) {}

  PaperboyFormat() {
    super(Record.class);
  }

  @Override
  Paper toPaper(Record r) throws RecordException {
    Links l = r.links() == null ? new Links(null, null, null, null) : r.links();
    Paper paper =
        Papers.build(
            r.id() != null ? r.id() : titleId(r.title()),
            r.version() == null ? 0 : r.version(),
            r.title(),
            r.abstractText(),
            r.authors(),
            categories(r),
            Dates.parse(r.published()),
            Dates.parse(r.updated()),
            r.doi(),
            r.journalRef(),
            r.comments(),
            r.license(),
            new Paper.Links(
                l.abs(), l.pdf(), l.code() != null ? l.code() : r.codeUrl(), l.project()),
            r.source() == null || r.source().isBlank() ? "jsonl" : r.source().strip());
    if (r.venue() != null && org.paperboy.paper.Venue.OPENREVIEW.equals(r.venue().from())) {
      try {
        VenueRecord v = r.venue();
        paper =
            paper.withVenue(new org.paperboy.paper.Venue(v.name(), v.id(), v.decision(), v.from()));
      } catch (IllegalArgumentException e) {
        throw new RecordException("bad venue: " + e.getMessage());
      }
    }
    if (r.added() == null) {
      return paper;
    }
    try {
      return paper.withAddedAt(Instant.parse(r.added().strip()));
    } catch (DateTimeParseException e) {
      throw new RecordException("bad 'added' instant '" + r.added() + "'");
    }
  }

  private static List<String> categories(Record r) {
    List<String> all = new ArrayList<>();
    if (r.primaryCategory() != null && !r.primaryCategory().isBlank()) {
      all.add(r.primaryCategory().strip());
    }
    if (r.categories() != null) {
      for (String c : r.categories()) {
        if (c != null && !all.contains(c.strip())) {
          all.add(c.strip());
        }
      }
    }
    return all;
  }

  /** {@code t-} and 16 hex digits of the cleaned title's hash, or null without a title. */
  static String titleId(String title) {
    String clean = Text.clean(title);
    if (clean == null) {
      return null;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < clean.length(); i++) {
      h = (h ^ Character.toLowerCase(clean.charAt(i))) * 0x100000001b3L;
    }
    return "t-" + String.format("%016x", h);
  }
}
