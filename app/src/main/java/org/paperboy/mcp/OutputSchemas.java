package org.paperboy.mcp;

import static org.paperboy.mcp.Schemas.array;
import static org.paperboy.mcp.Schemas.bool;
import static org.paperboy.mcp.Schemas.integer;
import static org.paperboy.mcp.Schemas.number;
import static org.paperboy.mcp.Schemas.open;
import static org.paperboy.mcp.Schemas.opt;
import static org.paperboy.mcp.Schemas.req;
import static org.paperboy.mcp.Schemas.string;

import java.util.Map;

/** The schemas of {@link Shapes}: what each tool's structured content holds. */
final class OutputSchemas {
  private OutputSchemas() {}

  private static Map<String, Object> strings(String description) {
    return array(description, string(null));
  }

  static Map<String, Object> summary() {
    return open(
        req("id", string("The paper's id: an arXiv id such as 2502.10436")),
        req("title", string(null)),
        req("authors", strings("The first authors")),
        opt("more_authors", integer("How many more authors the paper has")),
        opt("published", string("Date of the first version, YYYY-MM-DD")),
        req("categories", strings("arXiv categories, primary first")),
        req("url", string("The paper's page on this Paperboy")),
        req("summary", string("The abstract's beginning")));
  }

  static Map<String, Object> full() {
    return open(
        req("id", string(null)),
        req("version", integer("Latest known version; 0 when unknown")),
        req("title", string(null)),
        req("authors", strings(null)),
        req("abstract", string(null)),
        req("categories", strings(null)),
        opt("published", string(null)),
        opt("updated", string(null)),
        opt("doi", string(null)),
        opt("venue", string("Journal or conference reference, where known")),
        opt("comments", string("The authors' comments (pages, figures, venue)")),
        opt("license", string(null)),
        req(
            "links",
            open(
                opt("abs", string(null)),
                opt("pdf", string(null)),
                opt("code", string(null)),
                opt("project", string(null)))),
        req("url", string(null)),
        req("votes", integer("Votes on this Paperboy")),
        req(
            "signals",
            open(
                opt("hf_upvotes", integer(null)),
                opt("hf_comments", integer(null)),
                opt("github_stars", integer(null)),
                opt("github_stars_gained", integer(null)),
                opt("citations", integer(null)),
                opt("hf_url", string(null)),
                opt("repo_url", string(null)),
                opt("ai_summary", string(null)))),
        req(
            "similar",
            array(
                "Papers nearest in meaning",
                open(req("id", string(null)), req("title", string(null))))),
        opt("library", string("saved or dismissed, when the caller marked it (token only)")));
  }

  static Map<String, Object> search() {
    return open(
        req("query", string(null)),
        req("mode", string(null)),
        req("sort", string(null)),
        req("total", integer("Papers that match")),
        req("total_is_exact", bool(null)),
        req("offset", integer(null)),
        req("limit", integer(null)),
        req(
            "results",
            array(
                null,
                open(
                    req("rank", integer(null)),
                    opt("score", number(null)),
                    opt("snippet", string("Where the abstract matches, **matches** in bold")),
                    req("paper", summary())))));
  }

  private static Map<String, Object> ranked() {
    return array(
        null,
        open(
            req("rank", integer(null)),
            opt("score", number(null)),
            req("votes", integer(null)),
            req("views", integer(null)),
            opt("why", string("The signals behind its place")),
            req("paper", summary())));
  }

  static Map<String, Object> trending() {
    return open(
        req("window", string(null)),
        opt("from", string(null)),
        opt("to", string(null)),
        req("total", integer(null)),
        req("offset", integer(null)),
        req("results", ranked()));
  }

  static Map<String, Object> daily() {
    return open(
        req("date", string(null)),
        req("view", string(null)),
        opt("from", string(null)),
        opt("to", string(null)),
        opt("previous", string("The nearest earlier date with papers")),
        opt("next", string("The nearest later date with papers")),
        req("total", integer(null)),
        req("offset", integer(null)),
        req("results", ranked()));
  }

  static Map<String, Object> similar() {
    return open(req("id", string(null)), req("results", array(null, summary())));
  }

  static Map<String, Object> forYou() {
    return open(
        req("window", string(null)),
        req("count", integer(null)),
        req(
            "results",
            array(
                null,
                open(
                    req("rank", integer(null)),
                    opt("score", number(null)),
                    opt("reason", string("Why it was picked")),
                    req("paper", summary())))));
  }

  static Map<String, Object> library() {
    return open(
        req("state", string(null)),
        req("total", integer(null)),
        req("offset", integer(null)),
        req("papers", array(null, summary())));
  }

  static Map<String, Object> mark() {
    return open(
        req("id", string(null)),
        req("title", string(null)),
        req("state", string("saved, dismissed or none")));
  }

  private static Map<String, Object> author() {
    return open(
        req("name", string("The name as the person wrote it")),
        req("url", string("The author's page on this Paperboy")));
  }

  static Map<String, Object> follow() {
    return open(
        req("name", string(null)),
        req("url", string("The author's page on this Paperboy")),
        req("following", bool("Whether the person follows the name now")),
        req("changed", bool("false when it was so already")),
        opt("papers", integer("Papers under the name here (after a follow)")));
  }

  static Map<String, Object> following() {
    return open(req("count", integer(null)), req("following", array(null, author())));
  }

  static Map<String, Object> labLists() {
    return open(
        req(
            "labs",
            array(
                null,
                open(
                    req("slug", string(null)),
                    req("name", string(null)),
                    req("role", string("owner or member")),
                    req(
                        "lists",
                        array(
                            null,
                            open(
                                req("slug", string(null)),
                                req("name", string(null)),
                                req("papers", integer("Papers on the list")))))))));
  }

  static Map<String, Object> listChange() {
    return open(
        req("lab", string("The lab's slug")),
        req("list", string("The list's slug")),
        req("list_name", string(null)),
        req("id", string("The paper's id")),
        req("title", string(null)),
        req("on_list", bool("Whether the paper is on the list now")),
        opt("note", string(null)),
        req("papers", integer("Papers on the list now")),
        req("url", string("The list's page on this Paperboy")));
  }
}
