package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A small element tree, built with StAX for one record at a time. */
final class XmlNode {
  final String name;
  final String namespace;
  final Map<String, String> attributes = new HashMap<>();
  final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private XmlNode(String name, String namespace) {
    this.name = name;
    this.namespace = namespace == null ? "" : namespace;
  }

  /** Reads the element the reader stands on (a START_ELEMENT) and leaves it on its END_ELEMENT. */
  static XmlNode read(XMLStreamReader r) throws XMLStreamException {
    XmlNode node = new XmlNode(r.getLocalName(), r.getNamespaceURI());
    for (int i = 0; i < r.getAttributeCount(); i++) {
      node.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> node.children.add(read(r));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            node.text.append(r.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return node;
        }
        default -> {}
      }
    }
    throw new XMLStreamException("unexpected end of document inside <" + node.name + ">");
  }

  String text() {
    return text.toString();
  }

  XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /** The text of the first child of that name, or null. */
  String text(String childName) {
    XmlNode c = child(childName);
    return c == null ? null : c.text();
  }

  List<XmlNode> all(String childName) {
    List<XmlNode> found = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }
}
