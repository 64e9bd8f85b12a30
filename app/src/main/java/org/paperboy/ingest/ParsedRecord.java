package org.paperboy.ingest;

import org.paperboy.paper.Paper;

/** What reading one record from a source gave. */
sealed interface ParsedRecord {

  /** A good record. */
  record Parsed(Paper paper) implements ParsedRecord {}

  /** A malformed record: where it is (file and line, or record) and why it was refused. */
  record Rejected(String where, String reason) implements ParsedRecord {
    @Override
    public String toString() {
      return where + ": " + reason;
    }
  }

  /** A well-formed record that carries no paper to store, such as an OAI-PMH deletion. */
  record Skipped(String where, String reason) implements ParsedRecord {}
}
