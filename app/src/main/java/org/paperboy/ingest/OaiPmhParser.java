package org.paperboy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one OAI-PMH {@code ListRecords} response with StAX, handing each record to a consumer as it
 * goes, so that a response broken half way still yields the records before the break.
 */
final class OaiPmhParser {
  static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";
  private static final XMLInputFactory FACTORY = newFactory();

  private OaiPmhParser() {}

  /** An {@code <error>} the repository answered with. */
  record OaiError(String code, String message) {
    @Override
    public String toString() {
      return "OAI-PMH error "
          + code
          + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
  }

  /**
   * What a response said besides its records.
   *
   * @param resumptionToken null or empty when the list is complete
   */
  record Page(String responseDate, String resumptionToken, OaiError error, int records) {
    boolean hasMore() {
      return resumptionToken != null && !resumptionToken.isBlank();
    }
  }

  /** A response that is not OAI-PMH, or XML that breaks off; the message says where. */
  static final class OaiPmhException extends IOException {
    final String where;
    final String reason;

    OaiPmhException(String where, String reason) {
      super(where + ": " + reason);
      this.where = where;
      this.reason = reason;
    }
  }

  static Page parse(InputStream in, String where, Consumer<ParsedRecord> sink)
      throws OaiPmhException {
    XMLStreamReader r = null;
    String responseDate = null;
    String token = null;
    OaiError error = null;
    int records = 0;
    try {
      r = FACTORY.createXMLStreamReader(in);
      r.nextTag();
      if (!"OAI-PMH".equals(r.getLocalName()) || !OAI_NS.equals(r.getNamespaceURI())) {
        throw new OaiPmhException(
            where, "not an OAI-PMH response (root element <" + r.getLocalName() + ">)");
      }
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "responseDate" -> responseDate = r.getElementText().strip();
          case "error" ->
              error = new OaiError(r.getAttributeValue(null, "code"), r.getElementText());
          case "resumptionToken" -> token = r.getElementText().strip();
          case "record" -> {
            int line = r.getLocation().getLineNumber();
            XmlNode record = XmlNode.read(r);
            records++;
            sink.accept(
                OaiRecords.toParsed(record, where + ":" + line + " (record " + records + ")"));
          }
          default -> {}
        }
      }
      return new Page(responseDate, token, error, records);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      String reason = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int nl = reason.indexOf("Message: ");
      if (nl >= 0) {
        reason = reason.substring(nl + "Message: ".length());
      }
      throw new OaiPmhException(
          where + (line > 0 ? ":" + line : ""),
          "malformed XML after " + records + " records: " + reason.strip());
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing more to read
        }
      }
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }
}
