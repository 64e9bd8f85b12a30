package org.paperboy.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/**
 * Writes every paper in Paperboy's JSON lines format, which {@code import} reads back unchanged.
 */
public final class Exporter {
  private final PaperStore store;

  public Exporter(PaperStore store) {
    this.store = store;
  }

  /** Writes all papers in id order; returns how many. */
  public long export(OutputStream out) throws IOException {
    long[] count = {0};
    try (JsonGenerator g = JsonLineFormat.MAPPER.getFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      try {
        store.forEach(
            p -> {
              try {
                write(g, p);
                count[0]++;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    out.flush();
    return count[0];
  }

  static void write(JsonGenerator g, Paper p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeNumberField("version", p.version());
    g.writeStringField("title", p.title());
    g.writeStringField("abstract", p.abstractText());
    writeList(g, "authors", p.authors());
    writeList(g, "categories", p.categories());
    optional(g, "published", p.published() == null ? null : p.published().toString());
    optional(g, "updated", p.updated() == null ? null : p.updated().toString());
    optional(g, "doi", p.doi());
    optional(g, "journal_ref", p.journalRef());
    optional(g, "comments", p.comments());
    optional(g, "license", p.license());
    Paper.Links l = p.links();
    if (l.abs() != null || l.pdf() != null || l.code() != null || l.project() != null) {
      g.writeObjectFieldStart("links");
      optional(g, "abs", l.abs());
      optional(g, "pdf", l.pdf());
      optional(g, "code", l.code());
      optional(g, "project", l.project());
      g.writeEndObject();
    }
    g.writeStringField("source", p.source());
    org.paperboy.paper.Venue v = p.venue();
    if (v != null && org.paperboy.paper.Venue.OPENREVIEW.equals(v.from())) {
      g.writeObjectFieldStart("venue"); // only OpenReview's: the authors' words are in the text
      g.writeStringField("name", v.name());
      optional(g, "id", v.id());
      optional(g, "decision", v.decision());
      g.writeStringField("from", v.from());
      g.writeEndObject();
    }
    optional(g, "added", p.addedAt() == null ? null : p.addedAt().toString());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void writeList(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
