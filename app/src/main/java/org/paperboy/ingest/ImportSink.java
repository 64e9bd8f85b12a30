package org.paperboy.ingest;

import java.util.List;
import org.paperboy.paper.Written;

/**
 * Hears of every batch of papers an import wrote, once its transaction is committed, on the
 * import's writing thread: the search index follows the import this way without reading the papers
 * back. It may block to slow the import down to its own pace.
 */
@FunctionalInterface
public interface ImportSink {
  /**
   * @param where for each paper, the file and line (or file) it came from, for reports
   */
  void written(List<Written> papers, List<String> where);

  ImportSink NONE = (papers, where) -> {};
}
