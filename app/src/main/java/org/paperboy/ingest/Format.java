package org.paperboy.ingest;

import java.util.Locale;

/** The file formats {@code paperboy import} reads. */
public enum Format {
  /** Tell the format from the content. */
  AUTO,
  /** The Kaggle arXiv metadata snapshot: one JSON object a line. */
  KAGGLE,
  /** A BEIR corpus: JSON lines with {@code _id}, {@code title}, {@code text}. */
  BEIR,
  /** Paperboy's own export format (see README). */
  JSONL,
  /** Saved OAI-PMH {@code ListRecords} responses. */
  OAI;

  public static Format parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (use auto, kaggle, beir, jsonl or oai)");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
