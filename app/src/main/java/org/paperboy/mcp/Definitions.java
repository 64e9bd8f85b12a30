package org.paperboy.mcp;

import static org.paperboy.mcp.Schemas.bool;
import static org.paperboy.mcp.Schemas.date;
import static org.paperboy.mcp.Schemas.integer;
import static org.paperboy.mcp.Schemas.object;
import static org.paperboy.mcp.Schemas.opt;
import static org.paperboy.mcp.Schemas.req;
import static org.paperboy.mcp.Schemas.string;
import static org.paperboy.mcp.Schemas.words;

import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;

/**
 * The tools as a client lists them: names, descriptions written for a model to choose well, and the
 * JSON Schemas of their inputs and outputs.
 */
final class Definitions {
  private Definitions() {}

  static final int MAX_QUERY = 1000;
  static final int MAX_ID = 200;

  private static final Schemas.Prop PAPER_ID =
      req(
          "id",
          string(
              "A paper's id as the other tools return it: an arXiv id such as 2502.10436 (a"
                  + " version suffix, arXiv: prefix or arxiv.org/abs URL is accepted too)",
              MAX_ID));

  static Tool searchPapers() {
    return tool(
        "search_papers",
        "Search papers",
        "Find research papers (arXiv) on this Paperboy by words and by meaning. `query` takes"
            + " plain words or the search syntax: \"exact phrase\", -excluded, +required, OR,"
            + " author:Name, cat:cs.LG, year:2024 or year:2020..2024,"
            + " date:2025-01-01..2025-02-28. Results are ranked papers with the passage of the"
            + " abstract that matches; call get_paper for a paper's full abstract and links.",
        object(
            req(
                "query",
                string(
                    "What to look for, in the search syntax; an empty query lists the newest"
                        + " papers (with filters such as cat:cs.LG alone, the newest of those)",
                    MAX_QUERY)),
            opt(
                "mode",
                words(
                    "hybrid (words and meaning, the best in general), keyword (exact words)"
                        + " or semantic (meaning only)",
                    "hybrid",
                    "keyword",
                    "semantic")),
            opt(
                "sort",
                words(
                    "relevance, newest first, or trending (the best 100 matches by what"
                        + " readers and the world pay attention to now)",
                    "relevance",
                    "newest",
                    "trending")),
            opt("limit", integer("How many results", 1, 100, 10)),
            opt("offset", integer("Results to skip, for the next page", 0, 1000, 0))),
        OutputSchemas.search(),
        true);
  }

  static Tool getPaper() {
    return tool(
        "get_paper",
        "Get a paper",
        "One paper whole: title, all authors, the full abstract, dates, categories, venue where"
            + " known, links (arXiv page, PDF, code), votes and outside signals (Hugging Face"
            + " upvotes, GitHub stars, citations), and the ids of the papers nearest in meaning.",
        object(PAPER_ID),
        OutputSchemas.full(),
        true);
  }

  static Tool similarPapers() {
    return tool(
        "similar_papers",
        "Similar papers",
        "The papers nearest in meaning to one paper (by their embeddings), nearest first: to"
            + " widen a search from a paper the user likes.",
        object(PAPER_ID, opt("limit", integer("How many papers", 1, 100, 10))),
        OutputSchemas.similar(),
        true);
  }

  static Tool trending() {
    return tool(
        "trending",
        "Trending papers",
        "What is trending now among recent papers: ranked by votes and views here and by outside"
            + " signals (Hugging Face upvotes, GitHub stars gained, citations), weighed against"
            + " age. Each result says why it is there.",
        object(
            opt("window", words("The span of recent days ranked", "day", "week", "month")),
            opt("limit", integer("How many papers", 1, 100, 20)),
            opt("offset", integer("Papers to skip, for the next page", 0, 500, 0))),
        OutputSchemas.trending(),
        true);
  }

  static Tool daily() {
    return tool(
        "daily",
        "Papers of a day",
        "The papers first published on a date (or in its week or month), most voted first, with"
            + " the nearest earlier and later dates that have papers: to browse what came out"
            + " when.",
        object(
            opt("date", date("YYYY-MM-DD; the newest day with papers when left out")),
            opt("view", words("The date alone, or its week or month", "day", "week", "month")),
            opt("limit", integer("How many papers", 1, 100, 30)),
            opt("offset", integer("Papers to skip, for the next page", 0, 100_000, 0))),
        OutputSchemas.daily(),
        true);
  }

  static Tool forYou() {
    return tool(
        "for_you",
        "Recommended for you",
        "Recent papers picked for the token's owner from what they saved and dismissed in their"
            + " library, each with the reason it was picked (the paper of theirs it is close"
            + " to). With fewer than 3 saved papers, the picks are the papers matching their digest"
            + " topics, then trending ones.",
        object(
            opt("window", words("How recent the papers are", "week", "day", "month")),
            opt("limit", integer("How many papers", 1, 50, 20))),
        OutputSchemas.forYou(),
        true);
  }

  static Tool library() {
    return tool(
        "library",
        "Your library",
        "The papers the token's owner saved to their library (or dismissed as not interesting),"
            + " the latest first.",
        object(
            opt("state", words("Saved papers, or dismissed ones", "saved", "dismissed")),
            opt("limit", integer("How many papers", 1, 100, 50)),
            opt("offset", integer("Papers to skip, for the next page", 0, 100_000, 0))),
        OutputSchemas.library(),
        true);
  }

  static Tool savePaper() {
    return mark(
        "save_paper",
        "Save a paper",
        "Saves a paper to the token owner's library (where it shows on the web page and feeds"
            + " their recommendations). With undo: true, takes it out again.");
  }

  static Tool dismissPaper() {
    return mark(
        "dismiss_paper",
        "Dismiss a paper",
        "Marks a paper as not interesting to the token's owner: recommendations show fewer like"
            + " it. With undo: true, takes the mark away again.");
  }

  private static Tool mark(String name, String title, String description) {
    return tool(
        name,
        title,
        description,
        object(PAPER_ID, opt("undo", bool("true to take the mark away instead"))),
        OutputSchemas.mark(),
        false);
  }

  static Tool tool(
      String name,
      String title,
      String description,
      Map<String, Object> input,
      Map<String, Object> output,
      boolean readOnly) {
    return Tool.builder()
        .name(name)
        .title(title)
        .description(description)
        .inputSchema(input)
        .outputSchema(output)
        .annotations(new ToolAnnotations(title, readOnly, false, true, false, null))
        .build();
  }
}
