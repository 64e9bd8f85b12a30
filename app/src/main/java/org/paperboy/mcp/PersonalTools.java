package org.paperboy.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.library.Origin;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.recommend.Recommendations;
import org.paperboy.trending.Window;

/** The tools that act for one person, the owner of the token: what /for-you and /library do. */
final class PersonalTools {
  private final PaperStore papers;
  private final Library library;
  private final Recommendations recommendations;
  private final PublicTools lookup;
  private final Supplier<String> baseUrl;

  PersonalTools(
      PaperStore papers,
      Library library,
      Recommendations recommendations,
      PublicTools lookup,
      Supplier<String> baseUrl) {
    this.papers = papers;
    this.library = library;
    this.recommendations = recommendations;
    this.lookup = lookup;
    this.baseUrl = baseUrl;
  }

  CallToolResult forYou(Args a, Caller c) {
    String user = c.person();
    Window window = Window.parse(a.oneOf("window", List.of("week", "day", "month")));
    int limit = a.integer("limit", 20, 1, Recommendations.MAX_PAGE);
    List<Recommendations.Pick> picks = recommendations.forUser(user, window);
    String base = baseUrl.get();
    List<Shapes.Pick> out = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Recommendations.Pick p : picks.subList(0, Math.min(limit, picks.size()))) {
      Shapes.Pick pick =
          new Shapes.Pick(
              out.size() + 1,
              Shapes.number(p.score()),
              p.reason(),
              Shapes.Summary.of(p.paper(), base));
      out.add(pick);
      lines.add(Markdown.item(pick.rank(), pick.paper(), pick.reason(), pick.paper().summary()));
    }
    String heading =
        "Picked for you among the papers of the " + window.key() + " (" + out.size() + "):";
    return Results.ok(
        Markdown.list(heading, lines, "Nothing to pick from yet: save papers you like."),
        new Shapes.ForYouOut(window.key(), out.size(), out));
  }

  CallToolResult library(Args a, Caller c) {
    String user = c.person();
    Mark mark =
        a.oneOf("state", List.of("saved", "dismissed")).equals("saved")
            ? Mark.SAVED
            : Mark.DISMISSED;
    int limit = a.integer("limit", 50, 1, 100);
    int offset = a.integer("offset", 0, 0, 100_000);
    List<String> ids = library.ids(user, mark);
    List<String> slice =
        ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()));
    Map<String, Paper> found = papers.findAll(slice);
    String base = baseUrl.get();
    List<Shapes.Summary> out = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String id : slice) {
      Paper p = found.get(id);
      if (p != null) {
        Shapes.Summary s = Shapes.Summary.of(p, base);
        out.add(s);
        lines.add(Markdown.item(offset + out.size(), s));
      }
    }
    String state = mark.name().toLowerCase(Locale.ROOT);
    return Results.ok(
        Markdown.list(ids.size() + " papers " + state + ":", lines, "None."),
        new Shapes.LibraryOut(state, ids.size(), offset, out));
  }

  CallToolResult save(Args a, Caller c) {
    return mark(a, c, Mark.SAVED);
  }

  CallToolResult dismiss(Args a, Caller c) {
    return mark(a, c, Mark.DISMISSED);
  }

  private CallToolResult mark(Args a, Caller c, Mark mark) {
    String user = c.person();
    Paper p = lookup.find(a.required("id", Definitions.MAX_ID));
    boolean undo = a.flag("undo");
    if (undo) {
      library.unmark(user, p.id());
    } else {
      library.mark(user, p.id(), mark, Origin.PAGE);
    }
    String state =
        library.markOf(user, p.id()).map(m -> m.name().toLowerCase(Locale.ROOT)).orElse("none");
    String title = Markdown.oneLine(p.title());
    String text =
        switch (state) {
          case "saved" -> "Saved “" + title + "” (" + p.id() + ") to your library.";
          case "dismissed" -> "Dismissed “" + title + "” (" + p.id() + "): fewer like it.";
          default -> "“" + title + "” (" + p.id() + ") is no longer in your library.";
        };
    return Results.ok(text, new Shapes.MarkOut(p.id(), p.title(), state));
  }
}
