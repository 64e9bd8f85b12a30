package org.paperboy.paper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One research paper as Paperboy stores it.
 *
 * @param id arXiv id without version ({@code 2502.10517}, {@code quant-ph/0101001}) or the source's
 *     own id
 * @param version latest known version, 0 when the source does not say
 * @param categories primary category first
 * @param published date of the first version
 * @param updated date of the last update
 * @param source where the record came from ({@code kaggle}, {@code oai}, {@code arxiv-api}, ...)
 * @param addedAt when this paper first entered this Paperboy; null until stored
 */
public record Paper(
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
    Links links,
    String source,
    Instant addedAt) {

  /** Links a reader follows from the paper; any may be null. */
  public record Links(String abs, String pdf, String code, String project) {
    public static final Links NONE = new Links(null, null, null, null);

    /** Only http(s) links are kept, whatever a source or an old database row says. */
    public Links {
      abs = PaperIds.webLink(abs);
      pdf = PaperIds.webLink(pdf);
      code = PaperIds.webLink(code);
      project = PaperIds.webLink(project);
    }
  }

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(source, "source");
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    links = links == null ? Links.NONE : links;
  }

  /** The primary category, or null when the paper has none. */
  public String primaryCategory() {
    return categories.isEmpty() ? null : categories.getFirst();
  }

  public Paper withAddedAt(Instant when) {
    return new Paper(
        id,
        version,
        title,
        abstractText,
        authors,
        categories,
        published,
        updated,
        doi,
        journalRef,
        comments,
        license,
        links,
        source,
        when);
  }
}
