package org.paperboy.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.TexText;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Span;
import org.paperboy.trending.Trending;
import org.paperboy.trending.Window;

/**
 * Atom 1.0 feeds of trending papers, of a day's papers and of any search. Entry ids are the paper
 * pages' URLs, so a paper keeps its id across feeds and fetches.
 */
final class Feeds {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private final Trending trending;
  private final Finder finder;
  private final Supplier<String> baseUrl;

  Feeds(Kit kit, Trending trending, Finder finder) {
    this.trending = trending;
    this.finder = finder;
    this.baseUrl = kit.baseUrl();
  }

  void trending(Context ctx) {
    Window window = Pages.parse(() -> Window.parse(ctx.queryParam("window")));
    List<Ranked> ranked = trending.page(window, 0, 50).entries();
    Map<String, String> why = new HashMap<>();
    ranked.stream()
        .filter(r -> !r.why().isEmpty())
        .forEach(r -> why.put(r.paper().id(), "Trending: " + r.why() + "."));
    write(
        ctx,
        "Trending papers: " + window.label().toLowerCase(Locale.ROOT),
        "/?window=" + window.key(),
        ranked.stream().map(e -> e.paper()).toList(),
        why);
  }

  void daily(Context ctx) {
    LocalDate date = Params.date(ctx, "date");
    date = date == null ? trending.today() : date;
    List<Paper> papers =
        trending.day(date, Span.DAY, 0, 100).entries().stream().map(e -> e.paper()).toList();
    write(ctx, "Papers of " + date, "/papers?date=" + date, papers);
  }

  void search(Context ctx) {
    Finder.Ask ask = Finder.ask(ctx, 50);
    if (ctx.queryParam("sort") == null) {
      ask =
          new Finder.Ask(
              ask.q(), ask.mode(), "newest", ask.category(), ask.from(), ask.to(), ask.limit(), 0);
    }
    List<Paper> papers = finder.find(ask).found().stream().map(Finder.Found::paper).toList();
    String q = ask.query();
    write(
        ctx,
        q.isEmpty() ? "Newest papers" : "Papers matching " + q,
        "/search?q=" + Views.url(q),
        papers);
  }

  private void write(Context ctx, String title, String htmlPath, List<Paper> papers) {
    write(ctx, title, htmlPath, papers, Map.of());
  }

  /** {@code why}: a line saying why a paper is there, by id, put before its abstract. */
  void write(
      Context ctx, String title, String htmlPath, List<Paper> papers, Map<String, String> why) {
    String base = baseUrl.get();
    String self = base + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(ATOM);
      w.writeStartElement(ATOM, "feed");
      w.writeDefaultNamespace(ATOM);
      text(w, "id", self);
      text(w, "title", title);
      text(w, "updated", newest(papers));
      link(w, "self", self, "application/atom+xml");
      link(w, "alternate", base + htmlPath, "text/html");
      text(w, "generator", "Paperboy");
      for (Paper p : papers) {
        entry(w, p, base, why.get(p.id()));
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    ctx.contentType("application/atom+xml; charset=utf-8").result(bytes.toByteArray());
  }

  private static void entry(XMLStreamWriter w, Paper p, String base, String reason)
      throws XMLStreamException {
    String url = base + "/papers/" + PaperIds.path(p.id());
    w.writeStartElement(ATOM, "entry");
    text(w, "id", url);
    text(w, "title", TexText.plain(p.title()));
    text(w, "updated", stamp(updated(p)));
    if (p.published() != null) {
      text(w, "published", stamp(p.published()));
    }
    for (String a : p.authors()) {
      w.writeStartElement(ATOM, "author");
      text(w, "name", a);
      w.writeEndElement();
    }
    if (p.authors().isEmpty()) {
      w.writeStartElement(ATOM, "author");
      text(w, "name", "Unknown");
      w.writeEndElement();
    }
    link(w, "alternate", url, "text/html");
    if (p.links().abs() != null) {
      link(w, "related", p.links().abs(), "text/html");
    }
    if (p.links().pdf() != null) {
      link(w, "enclosure", p.links().pdf(), "application/pdf");
    }
    for (String c : p.categories()) {
      w.writeEmptyElement(ATOM, "category");
      w.writeAttribute("term", clean(c));
    }
    w.writeStartElement(ATOM, "summary");
    w.writeAttribute("type", "text");
    w.writeCharacters(
        clean((reason == null ? "" : reason + " ") + TexText.plain(p.abstractText().strip())));
    w.writeEndElement();
    w.writeEndElement();
  }

  private static LocalDate updated(Paper p) {
    if (p.updated() != null) {
      return p.updated();
    }
    if (p.published() != null) {
      return p.published();
    }
    return p.addedAt() == null ? LocalDate.EPOCH : LocalDate.ofInstant(p.addedAt(), ZoneOffset.UTC);
  }

  private static String newest(List<Paper> papers) {
    return papers.stream()
        .map(Feeds::updated)
        .max(LocalDate::compareTo)
        .map(Feeds::stamp)
        .orElse(Instant.EPOCH.toString());
  }

  private static String stamp(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(ATOM, name);
    w.writeCharacters(clean(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href, String type)
      throws XMLStreamException {
    w.writeEmptyElement(ATOM, "link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("href", clean(href));
    w.writeAttribute("type", type);
  }

  /** Drops the characters XML 1.0 cannot carry (most control characters, lone surrogates). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (ok) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
