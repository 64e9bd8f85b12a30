package org.paperboy.mcp;

import static org.paperboy.mcp.Schemas.bool;
import static org.paperboy.mcp.Schemas.object;
import static org.paperboy.mcp.Schemas.opt;
import static org.paperboy.mcp.Schemas.req;
import static org.paperboy.mcp.Schemas.string;

import io.modelcontextprotocol.spec.McpSchema.Tool;
import org.paperboy.lab.SharedLists;
import org.paperboy.paper.AuthorNames;

/** The people and lab tools as a client lists them: following authors, the labs' shared lists. */
final class SocialDefinitions {
  private SocialDefinitions() {}

  /** Lab and list slugs are at most 64 characters; a little room for what a model may send. */
  static final int MAX_SLUG = 100;

  static Tool followAuthor() {
    return Definitions.tool(
        "follow_author",
        "Follow an author",
        "Follows an author for the token's owner: new papers under the name appear on their"
            + " For you page and in their digest. Give the name as papers write it (\"Anne"
            + " Ouyang\"); accents and case do not matter. An author with no papers here yet can"
            + " be followed too. With undo: true, stops following the name.",
        object(
            req("name", string("The author's name as papers write it", AuthorNames.MAX_LENGTH)),
            opt("undo", bool("true to stop following the name instead"))),
        OutputSchemas.follow(),
        false);
  }

  static Tool following() {
    return Definitions.tool(
        "following",
        "Authors followed",
        "The names of the authors the token's owner follows, as they wrote them, each with the"
            + " author's page. Search their papers with search_papers and author:\"Name\".",
        object(),
        OutputSchemas.following(),
        true);
  }

  static Tool labLists() {
    return Definitions.tool(
        "lab_lists",
        "Your labs' reading lists",
        "The labs the token's owner belongs to (groups who read papers together), each with its"
            + " shared reading lists: their slugs, names and how many papers they hold. Call it"
            + " before add_to_lab_list to learn the lab and list slugs.",
        object(),
        OutputSchemas.labLists(),
        true);
  }

  static Tool addToLabList() {
    return Definitions.tool(
        "add_to_lab_list",
        "Add a paper to a lab list",
        "Puts a paper on a shared reading list of one of the token owner's labs, with an"
            + " optional one-line note for the other members (a paper already there gets the new"
            + " note). The lab and list are slugs as lab_lists returns them. With undo: true,"
            + " takes the paper off the list.",
        object(
            req("lab", string("The lab's slug, from lab_lists (e.g. nlp-lab)", MAX_SLUG)),
            req("list", string("The list's slug, from lab_lists (e.g. journal-club)", MAX_SLUG)),
            req(
                "id",
                string(
                    "The paper's id as the other tools return it: an arXiv id such as"
                        + " 2502.10436",
                    Definitions.MAX_ID)),
            opt(
                "note",
                string("One line for the other members: why read it", SharedLists.NOTE_CHARS)),
            opt("undo", bool("true to take the paper off the list instead"))),
        OutputSchemas.listChange(),
        false);
  }
}
