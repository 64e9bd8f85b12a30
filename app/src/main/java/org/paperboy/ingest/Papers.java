package org.paperboy.ingest;

import java.time.LocalDate;
import java.util.List;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.Paper;
import org.paperboy.paper.Text;

/** Builds a clean {@link Paper} from what a source sent, refusing records that lack the basics. */
final class Papers {
  private Papers() {}

  static Paper build(
      String id,
      int version,
      String title,
      String abstractText,
      List<String> authors,
      List<String> categories,
      LocalDate published,
      LocalDate updated,
      String doi,
      String journalRef,
      String comments,
      String license,
      Paper.Links links,
      String source)
      throws RecordException {
    String cleanId = Text.blankToNull(id);
    if (cleanId == null) {
      throw new RecordException("missing id");
    }
    ArxivIds.ArxivId arxiv = ArxivIds.parse(cleanId);
    if (arxiv != null) {
      cleanId = arxiv.id();
      version = Math.max(version, arxiv.version());
    }
    if (cleanId.length() > 128) {
      throw new RecordException("id longer than 128 characters");
    }
    String cleanTitle = Text.clean(title);
    if (cleanTitle == null) {
      throw new RecordException("missing title");
    }
    String cleanAbstract = Text.clean(abstractText);
    if (cleanAbstract == null && !"openreview".equals(source)) {
      throw new RecordException("missing abstract"); // OpenReview's notes may have none
    }
    cleanAbstract = cleanAbstract == null ? "" : cleanAbstract;
    Paper.Links given = links == null ? Paper.Links.NONE : links;
    if (arxiv != null) {
      given =
          new Paper.Links(
              given.abs() != null ? given.abs() : ArxivIds.absUrl(cleanId),
              given.pdf() != null ? given.pdf() : ArxivIds.pdfUrl(cleanId),
              given.code(),
              given.project());
    }
    return new Paper(
        cleanId,
        version,
        cleanTitle,
        cleanAbstract,
        authors == null
            ? List.of()
            : authors.stream().map(Text::clean).filter(a -> a != null).toList(),
        categories == null
            ? List.of()
            : categories.stream().map(Text::blankToNull).filter(c -> c != null).toList(),
        published,
        updated,
        Text.blankToNull(doi),
        Text.clean(journalRef),
        Text.clean(comments),
        Text.blankToNull(license),
        given,
        source,
        null);
  }

  /** Splits a space-separated category list such as Kaggle's {@code "hep-ph math.CO"}. */
  static List<String> splitCategories(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return List.of(s.strip().split("\\s+"));
  }

  /** Splits a plain author list: {@code "A. One, B. Two and C. Three"}. */
  static List<String> splitAuthors(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    String flat = Text.clean(s);
    return List.of(flat.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")).stream()
        .filter(a -> !a.isBlank())
        .toList();
  }

  /** Reads {@code "v3"} (or {@code "3"}) as 3. */
  static int versionNumber(String v) throws RecordException {
    if (v == null || v.isBlank()) {
      return 0;
    }
    String digits = v.strip().startsWith("v") ? v.strip().substring(1) : v.strip();
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new RecordException("bad version '" + v + "'");
    }
  }
}
