package org.paperboy.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.paperboy.library.Library;
import org.paperboy.paper.Paper;
import org.paperboy.signals.PaperSignals;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.Link;
import org.paperboy.web.view.Marks;
import org.paperboy.web.view.Page;
import org.paperboy.web.view.SignalsView;

/** Turns papers into what templates show. */
final class Views {
  static final int AUTHORS_SHOWN = 6;
  static final int LEAD_CHARS = 280;

  /** Authors a card carries at most, the shown and the folded together. */
  static final int MAX_AUTHORS = 300;

  private final String assets;
  private final Clock clock;
  private final Supplier<String> baseUrl;
  private final Library library;
  private final org.paperboy.lab.Labs labs;

  /**
   * @param clock what "3 days ago" counts from
   * @param baseUrl the server's address, for canonical links
   * @param library whose marks (saved, dismissed) cards show to a signed-in visitor
   */
  Views(
      String assets,
      Clock clock,
      Supplier<String> baseUrl,
      Library library,
      org.paperboy.lab.Labs labs) {
    this.labs = labs;
    this.assets = assets;
    this.clock = clock;
    this.baseUrl = baseUrl;
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
        baseUrl.get() + path,
        LocalDate.now(clock.withZone(ZoneOffset.UTC)),
        v.user() == null ? Marks.NONE : new LibraryMarks(library, v.user().id(), labs));
  }

  static Card card(Paper p, int votes, boolean voted, int rank, String snippet) {
    return card(p, votes, voted, rank, snippet, AUTHORS_SHOWN);
  }

  static Card card(Paper p, int votes, boolean voted, int rank, String snippet, int authorsShown) {
    return card(p, votes, voted, rank, snippet, authorsShown, null);
  }

  static Card card(
      Paper p,
      int votes,
      boolean voted,
      int rank,
      String snippet,
      int authorsShown,
      PaperSignals outside) {
    List<String> authors = p.authors();
    List<Link> all =
        authors.subList(0, Math.min(authors.size(), MAX_AUTHORS)).stream()
            .map(a -> new Link(a, authorHref(a), false))
            .toList();
    int shown = Math.min(all.size(), authorsShown);
    List<Link> categories =
        p.categories().stream()
            .map(c -> new Link(c, "/search?sort=newest&q=" + url("cat:" + c), false))
            .toList();
    String text = cardText(p.abstractText().strip());
    int cut = leadLength(text);
    return new Card(
        p.id(),
        p.title(),
        all,
        all.size() - shown,
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
        p.links().code(),
        signals(outside, votes),
        venue(p),
        p.server());
  }

  /** The venue badge: {@code ICLR 2025 · Oral}, linked to the venue's papers; null for none. */
  static Link venue(Paper p) {
    org.paperboy.paper.Venue v = org.paperboy.paper.Venue.effective(p);
    return v == null ? null : new Link(v.label(), "/venues/" + url(v.key()), false);
  }

  /**
   * The most of an abstract a card shows (arXiv's own limit is 1,920); the paper page has it all.
   */
  static final int CARD_TEXT = 3_000;

  private static String cardText(String text) {
    if (text.length() <= CARD_TEXT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', CARD_TEXT);
    return text.substring(0, cut > CARD_TEXT / 2 ? cut : CARD_TEXT) + " …";
  }

  /** The line of outside signals, linked to where they come from; null when there are none. */
  static SignalsView signals(PaperSignals s, int votes) {
    if (s == null || (s.isEmpty() && s.aiSummary() == null)) {
      return null;
    }
    List<Link> parts = new java.util.ArrayList<>();
    if (s.hfUpvotes() != null) {
      parts.add(new Link("▲ " + s.hfUpvotes() + " on Hugging Face", s.hfUrl(), false));
    }
    if (s.hfComments() != null && s.hfComments() > 0) {
      parts.add(new Link(s.hfComments() + plural(s.hfComments(), " comment"), s.hfUrl(), false));
    }
    if (s.githubStars() != null) {
      Long g = s.githubStarsGained();
      String gained = g != null && g > 0 ? " (+" + g + " this week)" : "";
      parts.add(new Link("★ " + s.githubStars() + gained, s.repoUrl(), false));
    }
    if (s.citations() != null && s.citations() > 0) {
      parts.add(new Link(s.citations() + plural(s.citations(), " citation"), null, false));
    }
    if (votes > 0 && !parts.isEmpty()) {
      parts.add(new Link(votes + plural(votes, " vote") + " here", null, false));
    }
    return new SignalsView(parts, s.aiSummary());
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
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

  /**
   * An author's page: the name as the paper writes it, percent-encoded for a path ({@code
   * /authors/Anne%20Ouyang}); a name too long for a page keeps the {@code author:} search.
   */
  static String authorHref(String name) {
    String n = name.strip();
    if (n.isEmpty() || n.length() > org.paperboy.paper.AuthorNames.MAX_LENGTH) {
      return "/search?q=" + url("author:\"" + name + "\"");
    }
    // a slash stays a slash: servers refuse an encoded one, and the route takes the rest of the
    // path
    return "/authors/" + url(n).replace("+", "%20").replace("%2F", "/");
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
