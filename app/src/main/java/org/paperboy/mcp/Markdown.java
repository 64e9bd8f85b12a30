package org.paperboy.mcp;

import java.util.ArrayList;
import java.util.List;

/**
 * The tools' text content and the {@code paper://} resource: Markdown a model reads as easily as a
 * person (the same facts as the structured content).
 */
final class Markdown {
  private Markdown() {}

  /** {@code 1. **Title** (id, date) — authors} with the lines under it indented. */
  static String item(int rank, Shapes.Summary p, String... lines) {
    StringBuilder b = new StringBuilder();
    b.append(rank).append(". **").append(oneLine(p.title())).append("** (").append(p.id());
    if (p.published() != null) {
      b.append(", ").append(p.published());
    }
    b.append(") — ").append(authors(p.authors(), p.moreAuthors()));
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        b.append("\n   ").append(oneLine(line));
      }
    }
    return b.append("\n   ").append(p.url()).toString();
  }

  static String list(String heading, List<String> items, String empty) {
    if (items.isEmpty()) {
      return heading + "\n\n" + empty;
    }
    return heading + "\n\n" + String.join("\n", items);
  }

  /** A whole paper: what get_paper says and what {@code paper://ID} holds. */
  static String paper(Shapes.Full p) {
    List<String> facts = new ArrayList<>();
    facts.add("- **arXiv id:** " + p.id() + (p.version() > 0 ? " (v" + p.version() + ")" : ""));
    facts.add("- **Authors:** " + authors(p.authors(), null));
    add(facts, "Published", p.published());
    add(facts, "Updated", p.updated());
    add(facts, "Categories", String.join(", ", p.categories()));
    add(facts, "Venue", p.venue());
    add(facts, "DOI", p.doi());
    add(facts, "Comments", p.comments());
    add(facts, "Abstract page", p.links().abs());
    add(facts, "PDF", p.links().pdf());
    add(facts, "Code", p.links().code());
    add(facts, "Project", p.links().project());
    add(facts, "On Paperboy", p.url() + (p.votes() > 0 ? " (" + p.votes() + " votes)" : ""));
    add(facts, "Signals", signals(p.signals()));
    add(facts, "In your library", p.library());
    StringBuilder b = new StringBuilder("# ").append(oneLine(p.title())).append("\n\n");
    b.append(String.join("\n", facts)).append("\n\n## Abstract\n\n").append(p.abstractText());
    if (p.signals().aiSummary() != null) {
      b.append("\n\n## Hugging Face's AI summary\n\n").append(p.signals().aiSummary());
    }
    if (!p.similar().isEmpty()) {
      b.append("\n\n## Similar papers\n");
      for (Shapes.Similar s : p.similar()) {
        b.append("\n- ").append(oneLine(s.title())).append(" (").append(s.id()).append(')');
      }
    }
    return b.append('\n').toString();
  }

  private static String signals(Shapes.Signals s) {
    List<String> parts = new ArrayList<>();
    if (s.hfUpvotes() != null) {
      parts.add(s.hfUpvotes() + " upvotes on Hugging Face");
    }
    if (s.githubStars() != null) {
      parts.add(s.githubStars() + " GitHub stars");
    }
    if (s.citations() != null) {
      parts.add(s.citations() + " citations");
    }
    return String.join(", ", parts);
  }

  private static void add(List<String> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add("- **" + label + ":** " + oneLine(value));
    }
  }

  static String authors(List<String> names, Integer more) {
    if (names.isEmpty()) {
      return "unknown authors";
    }
    String s = String.join(", ", names);
    return more == null ? s : s + " and " + more + " more";
  }

  static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** A snippet as Markdown: the highlighted words in bold, the HTML escapes undone. */
  static String snippet(String html) {
    if (html == null) {
      return null;
    }
    return html.replace("<mark>", "**")
        .replace("</mark>", "**")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
