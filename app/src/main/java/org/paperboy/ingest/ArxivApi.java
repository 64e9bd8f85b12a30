package org.paperboy.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperboy.http.Retrying;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Fetches single papers by id through the arXiv API (Atom) and stores them. */
public final class ArxivApi {
  public static final String DEFAULT_URL = "https://export.arxiv.org/api/query";
  private static final int IDS_PER_REQUEST = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final PaperStore store;

  public ArxivApi(PaperStore store) {
    this.store = store;
  }

  /**
   * Fetches the papers and upserts them. Ids that are not arXiv ids, or that arXiv does not know,
   * are reported as rejected.
   */
  public ImportSummary add(String apiUrl, List<String> ids, Duration delay, ImportListener listener)
      throws IOException {
    return add(apiUrl, ids, delay, listener, Long.MAX_VALUE);
  }

  /**
   * The same, giving up with an {@link IOException} once {@code System.nanoTime()} passes {@code
   * deadlineNanos}; papers stored before then stay stored.
   */
  public ImportSummary add(
      String apiUrl, List<String> ids, Duration delay, ImportListener listener, long deadlineNanos)
      throws IOException {
    Set<String> wanted = new LinkedHashSet<>();
    long rejected = 0;
    for (String raw : ids) {
      ArxivIds.ArxivId id = ArxivIds.parse(raw);
      if (id == null) {
        rejected++;
        listener.rejected(raw, "not an arXiv id (e.g. 2502.10517 or quant-ph/0101001)");
      } else {
        wanted.add(id.id());
      }
    }
    Retrying http = Polite.http(delay, Polite.RETRIES.until(deadlineNanos), store.clock());
    List<String> all = new ArrayList<>(wanted);
    ImportSummary total = new ImportSummary(0, 0, 0, rejected, 0, 0, 0);
    for (int i = 0; i < all.size(); i += IDS_PER_REQUEST) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + IDS_PER_REQUEST));
      String url =
          apiUrl
              + "?id_list="
              + URLEncoder.encode(String.join(",", chunk), StandardCharsets.UTF_8)
              + "&max_results="
              + chunk.size();
      List<ParsedRecord> records = parseFeed(http.get(url), url);
      List<Paper> papers = new ArrayList<>();
      Set<String> found = new LinkedHashSet<>();
      long rejectedHere = 0;
      for (ParsedRecord r : records) {
        switch (r) {
          case ParsedRecord.Parsed(Paper p) -> {
            papers.add(p);
            found.add(p.id());
          }
          case ParsedRecord.Rejected rej -> {
            rejectedHere++;
            listener.rejected(rej.where(), rej.reason());
          }
          case ParsedRecord.Skipped s -> {}
        }
      }
      for (String id : chunk) {
        boolean apiError = records.stream().anyMatch(ParsedRecord.Rejected.class::isInstance);
        if (!found.contains(id) && !apiError) {
          rejectedHere++;
          listener.rejected(id, "arXiv does not know this id");
        }
      }
      Map<String, PaperStore.Change> changes = store.upsert(papers);
      total = total.plus(ImportSummary.of(changes.values(), rejectedHere, 0, 0));
    }
    return total;
  }

  /** Reads an arXiv API Atom feed into records; an API error entry becomes a rejection. */
  static List<ParsedRecord> parseFeed(byte[] body, String where) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<ParsedRecord> out = new ArrayList<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(body));
      r.nextTag();
      if (!"feed".equals(r.getLocalName()) || !ATOM.equals(r.getNamespaceURI())) {
        throw new IOException(
            where + ": not an Atom feed (root element <" + r.getLocalName() + ">)");
      }
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "entry".equals(r.getLocalName())) {
          out.add(entry(XmlNode.read(r), where));
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(where + ": malformed Atom feed: " + e.getMessage());
    }
    return out;
  }

  private static ParsedRecord entry(XmlNode e, String where) {
    String idUrl = e.text("id");
    if (idUrl != null && idUrl.contains("/api/errors")) {
      return new ParsedRecord.Rejected(where, "arXiv API error: " + detail(e.text("summary")));
    }
    try {
      List<String> authors = new ArrayList<>();
      for (XmlNode a : e.all("author")) {
        authors.add(a.text("name"));
      }
      List<String> categories = new ArrayList<>();
      XmlNode primary = e.child("primary_category");
      if (primary != null) {
        categories.add(primary.attributes.get("term"));
      }
      for (XmlNode c : e.all("category")) {
        String term = c.attributes.get("term");
        if (term != null && !categories.contains(term)) {
          categories.add(term);
        }
      }
      Paper paper =
          Papers.build(
              idUrl,
              0,
              e.text("title"),
              e.text("summary"),
              authors,
              categories,
              Dates.parse(e.text("published")),
              Dates.parse(e.text("updated")),
              e.text("doi"),
              e.text("journal_ref"),
              e.text("comment"),
              null,
              null,
              "arxiv-api");
      return new ParsedRecord.Parsed(paper);
    } catch (RecordException ex) {
      return new ParsedRecord.Rejected(idUrl == null ? where : idUrl, ex.getMessage());
    }
  }

  private static String detail(String s) {
    return s == null ? "(no detail)" : org.paperboy.paper.Text.clean(s);
  }
}
