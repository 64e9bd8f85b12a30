package org.paperboy.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.paperboy.library.Library;
import org.paperboy.paper.Paper;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.Link;
import org.paperboy.web.view.Marks;
import org.paperboy.web.view.Page;

/** Turns papers into what templates show. */
final class Views {
  static final int AUTHORS_SHOWN = 6;
  static final int LEAD_CHARS = 280;

  private final String assets;
  private final Library library;

  Views(String assets, Library library) {
    this.assets = assets;
    this.library = library;
  }

  Page page(Context ctx, String title, String query) {
    Visitor v = Visitor.of(ctx);
    String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    return new Page(
        title,
        v.user() == null ? null : v.user().email(),
        v.csrf(),
        query == null ? "" : query,
        path,
        v.theme(),
        assets,
        v.user() == null ? Marks.NONE : new LibraryMarks(library, v.user().id()));
  }

  static Card card(Paper p, int votes, boolean voted, int rank, String snippet) {
    return card(p, votes, voted, rank, snippet, AUTHORS_SHOWN);
  }

  static Card card(Paper p, int votes, boolean voted, int rank, String snippet, int authorsShown) {
    List<String> authors = p.authors();
    List<Link> shown =
        authors.subList(0, Math.min(authors.size(), authorsShown)).stream()
            .map(a -> new Link(a, "/search?q=" + url("author:\"" + a + "\""), false))
            .toList();
    List<Link> categories =
        p.categories().stream()
            .map(c -> new Link(c, "/search?sort=newest&q=" + url("cat:" + c), false))
            .toList();
    String text = p.abstractText().strip();
    int cut = leadLength(text);
    return new Card(
        p.id(),
        p.title(),
        shown,
        authors.size() - shown.size(),
        p.published() == null ? null : p.published().toString(),
        categories,
        text.substring(0, cut),
        text.substring(cut).strip(),
        snippet,
        votes,
        voted,
        rank,
        p.links().abs(),
        p.links().pdf(),
        p.links().code());
  }

  /** Where the first lines end: at a sentence end or space near {@link #LEAD_CHARS}. */
  static int leadLength(String text) {
    if (text.length() <= LEAD_CHARS + 60) {
      return text.length();
    }
    int sentence = text.lastIndexOf(". ", LEAD_CHARS);
    if (sentence > LEAD_CHARS / 2) {
      return sentence + 1;
    }
    int space = text.lastIndexOf(' ', LEAD_CHARS);
    return space > 0 ? space : LEAD_CHARS;
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
