package org.paperboy.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.Paper;

/** Writes saved papers as CSL JSON, the way Zotero itself exports arXiv preprints. */
final class CslJsonExport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CslJsonExport() {}

  static String write(List<Paper> papers) {
    ArrayNode items = JSON.createArrayNode();
    for (Paper p : papers) {
      boolean arxiv = ArxivIds.isArxivId(p.id());
      ObjectNode item = items.addObject();
      item.put("id", arxiv ? "arXiv:" + p.id() : p.id());
      item.put("type", arxiv ? "article" : "article-journal");
      item.put("title", p.title());
      ArrayNode authors = item.putArray("author");
      for (String a : p.authors()) {
        String name = a.strip();
        int space = name.lastIndexOf(' ');
        ObjectNode author = authors.addObject();
        if (space < 0) {
          author.put("literal", name);
        } else {
          author.put("family", name.substring(space + 1));
          author.put("given", name.substring(0, space));
        }
      }
      if (p.published() != null) {
        ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
        parts.add(p.published().getYear());
        parts.add(p.published().getMonthValue());
        parts.add(p.published().getDayOfMonth());
      }
      if (arxiv) {
        item.put("publisher", "arXiv");
        item.put("number", "arXiv:" + p.id());
        item.put("URL", p.links().abs() != null ? p.links().abs() : ArxivIds.absUrl(p.id()));
      } else if (p.links().abs() != null) {
        item.put("URL", p.links().abs());
      }
      putIf(item, "DOI", p.doi());
      putIf(item, "container-title", p.journalRef());
      putIf(item, "abstract", p.abstractText());
    }
    try {
      return JSON.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putIf(ObjectNode item, String name, String value) {
    if (value != null && !value.isBlank()) {
      item.put(name, value);
    }
  }
}
