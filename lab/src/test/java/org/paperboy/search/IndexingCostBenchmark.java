package org.paperboy.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.paperboy.paper.Paper;

/**
 * What indexing a paper costs, one thread, by analysis and postings choice: the papers are parsed
 * once beforehand, then each variant indexes all of them into memory (flushes included, no commit)
 * several times. Run by hand: {@code IndexingCostBenchmark FILE.jsonl [papers] [rounds]}.
 */
public final class IndexingCostBenchmark {
  private IndexingCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Paper> papers = read(file, limit);
    System.out.printf("%,d papers parsed%n", papers.size());
    String[] variants = {"shipped", "no-offsets", "minimal-stem", "no-offsets+minimal-stem"};
    for (int r = 0; r < rounds; r++) {
      for (String v : variants) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        index(papers, v);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(
            "round %d  %-26s %6.2f s wall %6.2f s CPU  %,8.0f papers per CPU second%n",
            r, v, s, cpu, papers.size() / cpu);
      }
    }
  }

  private static void index(List<Paper> papers, String variant) throws Exception {
    boolean offsets = !variant.contains("no-offsets");
    FieldType text = new FieldType(org.apache.lucene.document.TextField.TYPE_NOT_STORED);
    text.setIndexOptions(
        offsets
            ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    text.freeze();
    Analyzer english = variant.contains("minimal") ? minimal() : new EnglishAnalyzer();
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            english,
            Map.of(
                PaperFields.AUTHORS, new StandardAnalyzer(),
                PaperFields.ID, new KeywordAnalyzer(),
                PaperFields.CATEGORY, new KeywordAnalyzer()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(256);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, config)) {
      for (Paper p : papers) {
        Document d = PaperFields.document(p, null);
        d.removeFields(PaperFields.TITLE);
        d.removeFields(PaperFields.ABSTRACT);
        d.add(new Field(PaperFields.TITLE, p.title(), text));
        d.add(new Field(PaperFields.ABSTRACT, p.abstractText(), text));
        w.addDocument(d);
      }
      w.flush();
    }
  }

  private static Analyzer minimal() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new EnglishMinimalStemFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  private static List<Paper> read(Path file, int limit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Paper> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null && out.size() < limit) {
        JsonNode o = json.readTree(line);
        out.add(
            new Paper(
                o.path("id").asText(),
                1,
                o.path("title").asText().replaceAll("\\s+", " ").strip(),
                o.path("abstract").asText().replaceAll("\\s+", " ").strip(),
                Arrays.asList(o.path("authors").asText().split(", ")),
                Arrays.asList(o.path("categories").asText().split(" ")),
                java.time.LocalDate.of(2007, 1, 1).plusDays(n++ % 5000),
                null,
                null,
                null,
                null,
                null,
                Paper.Links.NONE,
                "kaggle",
                null));
      }
    }
    return out;
  }
}
