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
 * @param source where the record came from ({@code kaggle}, {@code oai}, {@code arxiv-api}, ...,
 *     {@code biorxiv}, {@code medrxiv}, {@code openreview}); {@link #server()} says which server
 * @param addedAt when this paper first entered this Paperboy; null until stored
 * @param venue where it was accepted, null when unknown: OpenReview's decision, or once stored,
 *     what the journal-ref or comments say (see {@link Venue#effective})
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
    Instant addedAt,
    Venue venue) {

  /** The servers papers come from, as the API and {@code source:} name them. */
  public static final java.util.List<String> SERVERS =
      java.util.List.of("arxiv", "biorxiv", "medrxiv", "openreview");

  /** A paper without a known venue, as every source but OpenReview makes them. */
  public Paper(
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
    this(
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
        addedAt,
        null);
  }

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

  /**
   * The server the paper is from: {@code biorxiv}, {@code medrxiv} and {@code openreview} say so in
   * their source; every other source (Kaggle, OAI, the arXiv API, imports) is arXiv's.
   */
  public String server() {
    return server(source);
  }

  /** The server of a record's source (see {@link #server()}). */
  public static String server(String source) {
    return switch (source) {
      case "biorxiv", "medrxiv", "openreview" -> source;
      default -> "arxiv";
    };
  }

  public Paper withVenue(Venue v) {
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
        addedAt,
        v);
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
        when,
        venue);
  }
}
