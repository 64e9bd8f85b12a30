package org.paperboy.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.paper.Paper;

/** The Kaggle arXiv metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}). */
final class KaggleFormat extends JsonLineFormat<KaggleFormat.Record> {

  record Version(String version, String created) {}

  record Record(
      String id,
      String authors,
      String title,
      String comments,
      @JsonProperty("journal-ref") String journalRef,
      String doi,
      String categories,
      String license,
      @JsonProperty("abstract") String abstractText,
      List<Version> versions,
      @JsonProperty("update_date") String updateDate,
      @JsonProperty("authors_parsed") List<List<String>> authorsParsed) {}

  KaggleFormat() {
    super(Record.class);
  }

  @Override
  Paper toPaper(Record r) throws RecordException {
    int version = 0;
    LocalDate published = null;
    if (r.versions() != null && !r.versions().isEmpty()) {
      version = Papers.versionNumber(r.versions().getLast().version());
      published = Dates.parse(r.versions().getFirst().created());
    }
    return Papers.build(
        r.id(),
        version,
        r.title(),
        r.abstractText(),
        authors(r),
        Papers.splitCategories(r.categories()),
        published,
        Dates.parse(r.updateDate()),
        r.doi(),
        r.journalRef(),
        r.comments(),
        r.license(),
        null,
        "kaggle");
  }

  /** Names from {@code authors_parsed} ([last, first, suffix]) when present, else the string. */
  private static List<String> authors(Record r) {
    if (r.authorsParsed() == null || r.authorsParsed().isEmpty()) {
      return Papers.splitAuthors(r.authors());
    }
    List<String> names = new ArrayList<>(r.authorsParsed().size());
    for (List<String> parts : r.authorsParsed()) {
      if (parts == null || parts.isEmpty()) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      append(name, parts.size() > 1 ? parts.get(1) : null);
      append(name, parts.get(0));
      append(name, parts.size() > 2 ? parts.get(2) : null);
      if (!name.isEmpty()) {
        names.add(name.toString());
      }
    }
    return names;
  }

  private static void append(StringBuilder name, String part) {
    if (part != null && !part.isBlank()) {
      if (!name.isEmpty()) {
        name.append(' ');
      }
      name.append(part.strip());
    }
  }
}
