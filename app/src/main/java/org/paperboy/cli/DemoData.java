package org.paperboy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.ingest.Importer;

/** The demo corpus bundled in the jar: 72 GPU papers and 2,000 recent quant-ph papers. */
final class DemoData {
  static final List<String> RESOURCES =
      List.of("demo/seed-papers.jsonl", "demo/quant-ph-2016.jsonl.gz");

  private DemoData() {}

  static ImportSummary load(Importer importer, ImportListener listener) {
    List<Importer.Source> sources =
        RESOURCES.stream().map(r -> new Importer.Source("demo:" + r, () -> open(r))).toList();
    return importer.importSources(sources, Format.JSONL, listener);
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("the demo resource " + resource + " is missing from the jar");
    }
    return in;
  }
}
