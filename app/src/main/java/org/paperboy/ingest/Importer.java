package org.paperboy.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipException;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.PaperStore;

/**
 * Imports files of papers. Every good record goes in; every bad one is reported with where and why;
 * a file that breaks off keeps what came before the break.
 */
public final class Importer {
  private final PaperStore store;
  private final java.time.Clock clock;

  public Importer(PaperStore store) {
    this(store, java.time.Clock.systemUTC());
  }

  /**
   * @param clock what "today" is, for refusing dates in the future
   */
  public Importer(PaperStore store, java.time.Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Opens a source's bytes, gzipped or not. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** Something to import: a name for reports and a way to open it. */
  public record Source(String name, Opener opener) {
    /** A file path, or {@code -} for stdin. */
    public static Source file(String path) {
      return new Source(path.equals("-") ? "<stdin>" : path, () -> Inputs.openFile(path));
    }
  }

  public ImportSummary importFiles(List<String> files, Format format, ImportListener listener) {
    return importSources(files.stream().map(Source::file).toList(), format, listener);
  }

  /**
   * Like {@link #importFiles(List, Format, ImportListener)}, handing every batch of papers written
   * to {@code sink} once it is committed (the search index's bulk indexer).
   */
  public ImportSummary importFiles(
      List<String> files, Format format, ImportListener listener, ImportSink sink) {
    return importSources(files.stream().map(Source::file).toList(), format, listener, sink);
  }

  public ImportSummary importSources(List<Source> sources, Format format, ImportListener listener) {
    return importSources(sources, format, listener, ImportSink.NONE);
  }

  public ImportSummary importSources(
      List<Source> sources, Format format, ImportListener listener, ImportSink sink) {
    try (BatchWriter writer = new BatchWriter(store, listener, sink)) {
      for (Source source : sources) {
        importSource(source, format, writer);
      }
      return writer.finish();
    }
  }

  private void importSource(Source source, Format format, BatchWriter writer) {
    String name = source.name();
    try (BufferedInputStream in = Inputs.prepare(source.opener().open())) {
      Format actual = format == Format.AUTO ? Inputs.detect(in) : format;
      if (actual == null) {
        return; // an empty file: no papers, nothing wrong
      }
      writer.from(name, 0);
      switch (actual) {
        case OAI -> {
          OaiPmhParser.Page page =
              OaiPmhParser.parse(
                  in,
                  name,
                  r ->
                      writer.accept(
                          checked(
                              r,
                              r instanceof ParsedRecord.Parsed(Paper p)
                                  ? name + " (record " + p.id() + ")"
                                  : name)));
          if (page.error() != null && !"noRecordsMatch".equals(page.error().code())) {
            writer.fileFailed(name, page.error().toString());
          }
        }
        case KAGGLE -> readLines(in, name, new KaggleFormat(), writer);
        case BEIR -> readLines(in, name, new BeirFormat(), writer);
        case JSONL -> readLines(in, name, new PaperboyFormat(), writer);
        case AUTO -> throw new IllegalStateException("detect() never answers AUTO");
      }
    } catch (OaiPmhParser.OaiPmhException e) {
      writer.fileFailed(e.where, e.reason);
    } catch (EOFException e) {
      writer.fileFailed(name, "truncated: the file ends in the middle (" + e.getMessage() + ")");
    } catch (ZipException e) {
      writer.fileFailed(name, "corrupt gzip: " + e.getMessage());
    } catch (IOException e) {
      writer.fileFailed(name, e.getMessage());
    }
  }

  /**
   * A parsed record whose id or dates cannot be taken becomes a rejected one, with where and why:
   * ids must pass {@link PaperIds#problem}, dates may be at most a day ahead of today.
   */
  private ParsedRecord checked(ParsedRecord record, String where) {
    if (!(record instanceof ParsedRecord.Parsed(Paper p))) {
      return record;
    }
    String idProblem = PaperIds.problem(p.id());
    if (idProblem != null) {
      return new ParsedRecord.Rejected(where, idProblem);
    }
    java.time.LocalDate latest =
        java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(1);
    for (java.time.LocalDate d : new java.time.LocalDate[] {p.published(), p.updated()}) {
      if (d != null && d.isAfter(latest)) {
        return new ParsedRecord.Rejected(where, "date " + d + " is more than a day in the future");
      }
    }
    return record;
  }

  private void readLines(
      BufferedInputStream in, String name, JsonLineFormat<?> format, BatchWriter writer)
      throws IOException {
    LineReader lines = new LineReader(in);
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      writer.from(name, lines.lineNumber());
      ParsedRecord record;
      try {
        Paper paper = format.parse(lines.bytes(), lines.start(), lines.length());
        record = checked(new ParsedRecord.Parsed(paper), name + ":" + lines.lineNumber());
      } catch (RecordException e) {
        record = new ParsedRecord.Rejected(name + ":" + lines.lineNumber(), e.getMessage());
      }
      writer.accept(record);
    }
  }
}
