package org.paperboy.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.ReadingList;
import org.paperboy.lab.SharedLists;
import org.paperboy.paper.AuthorNames;
import org.paperboy.paper.Paper;
import org.paperboy.people.FollowOutcome;
import org.paperboy.people.Followed;
import org.paperboy.people.People;

/**
 * The people and lab tools, for the token's owner alone: what {@code /api/v1/following} and {@code
 * /api/v1/labs} do. A lab the caller is not in is refused as the API refuses it (not found).
 */
final class SocialTools {
  private final People people;
  private final Labs labs;
  private final PublicTools lookup;
  private final Supplier<String> baseUrl;

  SocialTools(People people, Labs labs, PublicTools lookup, Supplier<String> baseUrl) {
    this.people = people;
    this.labs = labs;
    this.lookup = lookup;
    this.baseUrl = baseUrl;
  }

  CallToolResult follow(Args a, Caller c) {
    String user = c.person();
    String name = a.required("name", AuthorNames.MAX_LENGTH).replaceAll("\\s+", " ");
    String url = authorUrl(name);
    if (a.flag("undo")) {
      boolean removed = people.unfollow(user, name);
      String text =
          removed ? "Stopped following " + name + "." : "You did not follow " + name + ".";
      return Results.ok(text, new Shapes.FollowOut(name, url, false, removed, null));
    }
    FollowOutcome f = people.follow(user, name);
    return Results.ok(
        f.message(), new Shapes.FollowOut(f.followed().name(), url, true, f.added(), f.papers()));
  }

  CallToolResult following(Args a, Caller c) {
    String user = c.person();
    List<Shapes.Author> out = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Followed f : people.following(user)) {
      Shapes.Author author = new Shapes.Author(f.name(), authorUrl(f.name()));
      out.add(author);
      lines.add("- " + Markdown.oneLine(author.name()) + " — " + author.url());
    }
    String text =
        out.isEmpty()
            ? "You follow no authors yet: follow_author follows one."
            : "You follow "
                + out.size()
                + (out.size() == 1 ? " author" : " authors")
                + ":\n"
                + String.join("\n", lines);
    return Results.ok(text, new Shapes.FollowingOut(out.size(), out));
  }

  CallToolResult labLists(Args a, Caller c) {
    String user = c.person();
    List<Shapes.LabOut> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Lab lab : labs.of(user)) {
      String role =
          labs.membership(lab, user).map(m -> m.owner() ? "owner" : "member").orElse("member");
      List<Shapes.ListOut> lists =
          labs.lists().of(lab).stream()
              .map(l -> new Shapes.ListOut(l.slug(), l.name(), l.papers()))
              .toList();
      out.add(new Shapes.LabOut(lab.slug(), lab.name(), role, lists));
      text.append("- **")
          .append(Markdown.oneLine(lab.name()))
          .append("** (lab `")
          .append(lab.slug())
          .append("`, ")
          .append(role)
          .append(")");
      for (Shapes.ListOut l : lists) {
        text.append("\n  - ").append(Markdown.oneLine(l.name())).append(" (list `");
        text.append(l.slug()).append("`, ").append(l.papers()).append(" papers)");
      }
      text.append(lists.isEmpty() ? "\n  - no lists yet: make one on the lab's page\n" : "\n");
    }
    String heading =
        out.isEmpty()
            ? "You are in no lab yet: labs are made and joined on /labs."
            : "Your labs and their reading lists:\n";
    return Results.ok(heading + text.toString().stripTrailing(), new Shapes.LabsOut(out));
  }

  CallToolResult addToList(Args a, Caller c) {
    String user = c.person();
    String labSlug = a.required("lab", SocialDefinitions.MAX_SLUG).toLowerCase(Locale.ROOT);
    String listSlug = a.required("list", SocialDefinitions.MAX_SLUG).toLowerCase(Locale.ROOT);
    String note = a.text("note", SharedLists.NOTE_CHARS);
    boolean undo = a.flag("undo");
    Paper p = lookup.find(a.required("id", Definitions.MAX_ID));
    Lab lab = labs.forMember(labSlug, user);
    ReadingList list = labs.lists().find(lab, listSlug);
    if (undo) {
      labs.lists().remove(list, p.id());
    } else {
      labs.lists().add(list, p.id(), user, note);
    }
    int count = labs.lists().find(lab, list.slug()).papers();
    String title = Markdown.oneLine(p.title());
    String where = "“" + Markdown.oneLine(list.name()) + "” of " + Markdown.oneLine(lab.name());
    String text =
        undo
            ? "Took “" + title + "” (" + p.id() + ") off " + where + "."
            : "Put “" + title + "” (" + p.id() + ") on " + where + " (" + count + " papers).";
    String url = baseUrl.get() + "/labs/" + lab.slug() + "/lists/" + list.slug();
    return Results.ok(
        text,
        new Shapes.ListChangeOut(
            lab.slug(),
            list.slug(),
            list.name(),
            p.id(),
            p.title(),
            !undo,
            undo || note.isEmpty() ? null : note,
            count,
            url));
  }

  /** The author's page here, as the web pages link it. */
  private String authorUrl(String name) {
    String encoded =
        URLEncoder.encode(name.strip(), StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("%2F", "/");
    return baseUrl.get() + "/authors/" + encoded;
  }
}
