package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads Atom in tests, checking what Atom 1.0 requires of a feed and of each entry. */
final class AtomFeeds {
  record Entry(String id, String title, String updated, String link) {}

  private AtomFeeds() {}

  static List<Entry> parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(Feeds.ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    for (String required : List.of("id", "title", "updated")) {
      assertThat(child(feed, required)).as("feed/" + required).isNotBlank();
    }
    List<Entry> out = new ArrayList<>();
    NodeList entries = feed.getElementsByTagNameNS(Feeds.ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      Element link = (Element) e.getElementsByTagNameNS(Feeds.ATOM, "link").item(0);
      Entry entry =
          new Entry(
              child(e, "id"), child(e, "title"), child(e, "updated"), link.getAttribute("href"));
      assertThat(entry.id()).isNotBlank();
      assertThat(entry.updated()).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
      assertThat(e.getElementsByTagNameNS(Feeds.ATOM, "author").getLength()).isPositive();
      out.add(entry);
    }
    return out;
  }

  private static String child(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(Feeds.ATOM, name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }
}
