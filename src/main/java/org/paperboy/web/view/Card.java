package org.paperboy.web.view;

import java.util.List;

/**
 * One paper as a card in a list.
 *
 * @param authors each a link to a search for the author
 * @param categories each a link to the newest papers of the category
 * @param lead the first lines of the abstract, plain text
 * @param rest the remainder of the abstract, plain text, empty when the lead is all of it
 * @param snippet highlighted HTML from the search (already escaped), or null
 * @param rank the place in a ranking, or 0
 * @param why why the paper is in this list, or null
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
    String codeUrl) {

  public String url() {
    return "/papers/" + org.paperboy.paper.PaperIds.path(id);
  }
}
