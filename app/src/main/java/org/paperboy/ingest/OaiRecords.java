package org.paperboy.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.Paper;

/**
 * Maps OAI-PMH records in arXiv's three metadata formats ({@code arXiv}, {@code arXivRaw}, {@code
 * oai_dc}).
 */
final class OaiRecords {
  private OaiRecords() {}

  static ParsedRecord toParsed(XmlNode record, String where) {
    XmlNode header = record.child("header");
    String identifier = header == null ? null : header.text("identifier");
    String at = identifier == null ? where : where + " " + identifier.strip();
    if (header != null && "deleted".equals(header.attributes.get("status"))) {
      return new ParsedRecord.Skipped(at, "deleted in the repository");
    }
    XmlNode metadata = record.child("metadata");
    if (metadata == null || metadata.children.isEmpty()) {
      return new ParsedRecord.Rejected(at, "record without metadata");
    }
    XmlNode m = metadata.children.getFirst();
    try {
      Paper paper =
          switch (m.name) {
            case "arXiv" -> arxiv(m);
            case "arXivRaw" -> arxivRaw(m);
            case "dc" -> dublinCore(m, identifier);
            default -> throw new RecordException("unsupported metadata format <" + m.name + ">");
          };
      return new ParsedRecord.Parsed(paper);
    } catch (RecordException e) {
      return new ParsedRecord.Rejected(at, e.getMessage());
    }
  }

  private static Paper arxiv(XmlNode m) throws RecordException {
    List<String> authors = new ArrayList<>();
    XmlNode list = m.child("authors");
    if (list != null) {
      for (XmlNode a : list.all("author")) {
        String name =
            String.join(" ", nonBlank(a.text("forenames"), a.text("keyname"), a.text("suffix")));
        if (!name.isBlank()) {
          authors.add(name);
        }
      }
    }
    LocalDate created = Dates.parse(m.text("created"));
    LocalDate updated = Dates.parse(m.text("updated"));
    return arxivFields(m, 0, authors, created, updated != null ? updated : created);
  }

  private static Paper arxivRaw(XmlNode m) throws RecordException {
    List<XmlNode> versions = m.all("version");
    int version = 0;
    LocalDate first = null;
    LocalDate last = null;
    if (!versions.isEmpty()) {
      version = Papers.versionNumber(versions.getLast().attributes.get("version"));
      first = Dates.parse(versions.getFirst().text("date"));
      last = Dates.parse(versions.getLast().text("date"));
    }
    return arxivFields(m, version, Papers.splitAuthors(m.text("authors")), first, last);
  }

  /**
   * A paper of the arXiv and arXivRaw formats, which name most fields alike: the version, authors
   * and dates each reads its own way.
   */
  private static Paper arxivFields(
      XmlNode m, int version, List<String> authors, LocalDate published, LocalDate updated)
      throws RecordException {
    return Papers.build(
        m.text("id"),
        version,
        m.text("title"),
        m.text("abstract"),
        authors,
        Papers.splitCategories(m.text("categories")),
        published,
        updated,
        m.text("doi"),
        m.text("journal-ref"),
        m.text("comments"),
        m.text("license"),
        null,
        "oai");
  }

  private static Paper dublinCore(XmlNode m, String headerId) throws RecordException {
    String id = null;
    for (XmlNode identifier : m.all("identifier")) {
      ArxivIds.ArxivId parsed = ArxivIds.parse(identifier.text());
      if (parsed != null) {
        id = parsed.id();
        break;
      }
    }
    if (id == null) {
      id = headerId;
    }
    List<XmlNode> dates = m.all("date");
    List<String> authors = new ArrayList<>();
    for (XmlNode creator : m.all("creator")) {
      authors.add(invertName(creator.text()));
    }
    List<XmlNode> descriptions = m.all("description");
    return Papers.build(
        id,
        dates.size(),
        m.text("title"),
        descriptions.isEmpty() ? null : descriptions.getFirst().text(),
        authors,
        List.of(),
        dates.isEmpty() ? null : Dates.parse(dates.getFirst().text()),
        dates.isEmpty() ? null : Dates.parse(dates.getLast().text()),
        null,
        null,
        null,
        null,
        null,
        "oai");
  }

  /** Dublin Core writes {@code "Lastname, Firstname"}; a reader expects "Firstname Lastname". */
  private static String invertName(String name) {
    int comma = name.indexOf(',');
    if (comma < 0) {
      return name.strip();
    }
    return (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
  }

  private static List<String> nonBlank(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
