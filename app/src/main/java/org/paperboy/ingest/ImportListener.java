package org.paperboy.ingest;

/** Hears about an import while it runs. */
public interface ImportListener {
  /** A record or a whole file was refused: where (file:line, or file) and why, in one line. */
  void rejected(String where, String reason);

  /** Records read so far, called every few seconds. */
  default void progress(long records, double recordsPerSecond) {}

  ImportListener SILENT = (where, reason) -> {};
}
