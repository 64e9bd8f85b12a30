package org.paperboy.web.view;

import java.util.List;

/**
 * One paper as a card in a list.
 *
 * @param authors each a link to a search for the author, all of them (up to a few hundred)
 * @param moreAuthors how many of the last authors are folded behind "+N more"
 * @param categories each a link to the newest papers of the category
 * @param lead the first lines of the abstract, plain text
 * @param rest the remainder of the abstract, plain text, empty when the lead is all of it
 * @param snippet highlighted HTML from the search (already escaped), or null
 * @param rank the place in a ranking, or 0
 * @param why why the paper is in this list, or null
 * @param signals what the world says about it (Hugging Face, GitHub), or null
 * @param venue where it was accepted ("ICLR 2025 · Oral"), linked to the venue's page, or null
 * @param server the server the paper is from: arxiv, biorxiv, medrxiv or openreview
 */
public record Card(
    String id,
    String title,
    List<Link> authors,
    int moreAuthors,
    String date,
    List<Link> categories,
    String lead,
    String rest,
    String snippet,
    int votes,
    boolean voted,
    int rank,
    String absUrl,
    String pdfUrl,
    String codeUrl,
    SignalsView signals,
    Link venue,
    String server) {

  /** What the link to the paper's own page says: the server's name. */
  public String absLabel() {
    return switch (server) {
      case "biorxiv" -> "bioRxiv";
      case "medrxiv" -> "medRxiv";
      case "openreview" -> "OpenReview";
      default -> "arXiv";
    };
  }

  public String url() {
    return "/papers/" + org.paperboy.paper.PaperIds.path(id);
  }

  /** The authors shown at once. */
  public List<Link> shownAuthors() {
    return authors.subList(0, authors.size() - moreAuthors);
  }

  /** The authors folded behind "+N more", opened in place. */
  public List<Link> hiddenAuthors() {
    return authors.subList(authors.size() - moreAuthors, authors.size());
  }

  /** The title with its TeX as plain text, for labels and tooltips where no math renders. */
  public String plainTitle() {
    return org.paperboy.paper.TexText.plain(title);
  }
}
