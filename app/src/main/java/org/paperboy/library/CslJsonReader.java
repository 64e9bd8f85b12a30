package org.paperboy.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.paper.Text;

/**
 * Reads CSL JSON (Zotero's "CSL JSON" export, pandoc, citation.js): an array of items. Plain JSON,
 * read with Jackson; an item that is not an object or has nothing to match by is reported.
 */
final class CslJsonReader {
  /** Arrays and objects nested deeper than this are refused while reading, saying where. */
  static final int MAX_NESTING = 64;

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
              .build());

  private CslJsonReader() {}

  static Bibliography read(String text) throws Bibliography.Unreadable {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new Bibliography.Unreadable(
          "The JSON nests arrays or objects deeper than "
              + MAX_NESTING
              + " levels"
              + at(e)
              + ". CSL JSON is a list of flat items; nothing was imported.");
    } catch (JsonProcessingException e) {
      throw new Bibliography.Unreadable(
          "The file looks like JSON but is not valid JSON ("
              + e.getOriginalMessage()
              + at(e)
              + ").");
    }
    if (root != null && root.isObject() && root.has("items")) {
      root = root.get("items");
    }
    if (root == null || !(root.isArray() || root.isObject())) {
      throw new Bibliography.Unreadable("The JSON is not CSL JSON: expected an array of items.");
    }
    List<JsonNode> items = new ArrayList<>();
    root.forEach(items::add);
    if (root.isObject()) {
      items = List.of(root);
    }
    List<Entry> entries = new ArrayList<>();
    Bibliography.Problems problems = new Bibliography.Problems();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where =
          "item " + (i + 1) + (item.hasNonNull("id") ? " (" + item.get("id").asText() + ")" : "");
      if (!item.isObject()) {
        problems.add(new Bibliography.Problem("item " + (i + 1), "not a JSON object"));
        continue;
      }
      entries.add(entry(item, where));
    }
    return new Bibliography(Bibliography.Format.CSL_JSON, entries, problems);
  }

  private static Entry entry(JsonNode item, String where) {
    List<String> authors = new ArrayList<>();
    for (JsonNode a : item.path("author")) {
      String name =
          a.hasNonNull("literal")
              ? a.get("literal").asText()
              : (text(a, "given") == null ? "" : text(a, "given") + " ")
                  + (text(a, "family") == null ? "" : text(a, "family"));
      if (Text.clean(name) != null) {
        authors.add(Text.clean(name));
      }
    }
    String doi = Identifiers.doi(text(item, "DOI"));
    String arxiv = Identifiers.fromDoi(doi);
    if (arxiv == null && "arxiv".equalsIgnoreCase(String.valueOf(text(item, "archive")))) {
      arxiv = Identifiers.fromField(text(item, "archive_location"));
    }
    if (arxiv == null && "arxiv".equalsIgnoreCase(String.valueOf(text(item, "publisher")))) {
      arxiv = Identifiers.fromField(text(item, "number"));
    }
    arxiv = arxiv != null ? arxiv : Identifiers.fromUrl(text(item, "URL"));
    for (String field : List.of("number", "container-title", "note", "archive_location")) {
      arxiv = arxiv != null ? arxiv : Identifiers.fromText(text(item, field));
    }
    return new Entry(where, Text.clean(text(item, "title")), authors, arxiv, doi);
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : Text.blankToNull(v.asText());
  }
}
