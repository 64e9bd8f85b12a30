package org.paperboy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.paper.Paper;
import org.paperboy.search.Search;
import org.paperboy.search.SearchRequest;
import org.paperboy.search.SearchResults;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingMatches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the papers. Syntax: words, \"phrases\", author:Name, cat:cs.LG, year:2024 or",
      "year:2020..2024, date:2024-01-01..2024-06-30, -exclude, +require, AND, OR.",
      "With --queries, runs every query of a BEIR queries.jsonl (_id, text); --format trec prints a",
      "TREC run (qid Q0 docid rank score tag) for trec_eval."
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--mode",
      defaultValue = "hybrid",
      description = "hybrid, keyword or semantic (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description =
          "relevance, newest or trending (the best 100 matches by trending score; default:"
              + " ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Results (1-100, default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Results to skip (0-1000).")
  int offset;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or trec (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description = "Run every query of a BEIR queries.jsonl.")
  Path queries;

  @Option(
      names = "--similar",
      paramLabel = "ID",
      description = "Papers similar to this paper instead of a query.")
  String similar;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "The query (empty: the newest papers).")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!List.of("text", "json", "trec").contains(format)) {
      throw new IllegalArgumentException(
          "unknown format '" + format + "' (use text, json or trec)");
    }
    SearchRequest.Mode m = SearchRequest.Mode.parse(mode);
    boolean byTrending = sort.equals("trending");
    SearchRequest.Sort s =
        byTrending ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.parse(sort);
    new SearchRequest("", m, s, limit, offset); // validates the bounds before anything opens
    PrintWriter out = spec.commandLine().getOut();
    try (Paperboy app = common.open()) {
      return search(app.search(), app.trending(), m, s, byTrending, out);
    }
  }

  /** Prints the results of the query, of each query of the file, or of papers like one. */
  private int search(
      Search search,
      Trending trending,
      SearchRequest.Mode m,
      SearchRequest.Sort s,
      boolean byTrending,
      PrintWriter out)
      throws IOException {
    if (similar != null) {
      print(
          out,
          similar,
          "similar:" + similar,
          new SearchResults(search.similar(similar, limit), 0, false, 0));
    } else if (queries != null) {
      for (Map.Entry<String, String> q : readQueries(queries).entrySet()) {
        print(
            out,
            q.getKey(),
            q.getValue(),
            find(
                search,
                trending,
                new SearchRequest(q.getValue(), m, s, limit, offset),
                byTrending));
      }
    } else {
      String query = String.join(" ", words);
      print(
          out,
          "1",
          query,
          find(search, trending, new SearchRequest(query, m, s, limit, offset), byTrending));
    }
    out.flush();
    return 0;
  }

  /**
   * Searches as asked; sorted by trending, the same reordering of the best matches as the pages.
   */
  private static SearchResults find(
      Search search, Trending trending, SearchRequest r, boolean byTrending) {
    if (!byTrending) {
      return search.search(r);
    }
    TrendingMatches t = trending.search(search, r.query(), r.mode(), r.offset(), r.limit());
    List<SearchResults.Hit> hits =
        t.page().stream().map(ranked -> t.hits().get(ranked.paper().id())).toList();
    return new SearchResults(hits, t.total(), true, t.millis());
  }

  /** Prints one query's results; {@code qid} names it in TREC runs and JSON, beside its text. */
  private void print(PrintWriter out, String qid, String query, SearchResults results)
      throws IOException {
    switch (format) {
      case "trec" -> {
        int rank = offset + 1;
        for (SearchResults.Hit h : results.hits()) {
          out.printf(
              "%s Q0 %s %d %.6f paperboy-%s%n", qid, h.paper().id(), rank++, h.score(), mode);
        }
      }
      case "json" -> {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", qid);
        json.put("query", query);
        json.put("total", results.total());
        json.put("millis", Math.round(results.millis() * 10) / 10.0);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchResults.Hit h : results.hits()) {
          Map<String, Object> hit = new LinkedHashMap<>();
          hit.put("id", h.paper().id());
          hit.put("score", h.score());
          hit.put("title", h.paper().title());
          hit.put("authors", h.paper().authors());
          hit.put(
              "published", h.paper().published() == null ? null : h.paper().published().toString());
          hit.put("categories", h.paper().categories());
          hit.put("snippet", h.snippet());
          hits.add(hit);
        }
        json.put("hits", hits);
        out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
      }
      default -> {
        out.printf(
            "%,d results%s in %.1f ms%n",
            results.total(), results.totalIsExact() ? "" : "+", results.millis());
        int rank = offset + 1;
        for (SearchResults.Hit h : results.hits()) {
          Paper p = h.paper();
          out.printf(
              "%n%2d. %s  [%s]%s%n",
              rank++, p.title(), p.id(), p.published() == null ? "" : " " + p.published());
          if (!p.authors().isEmpty()) {
            out.println(
                "    "
                    + String.join(", ", p.authors().subList(0, Math.min(6, p.authors().size())))
                    + (p.authors().size() > 6 ? ", et al." : ""));
          }
          out.println("    " + Terminal.snippet(h.snippet()));
        }
      }
    }
  }

  static Map<String, String> readQueries(Path file) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode q = mapper.readTree(line);
        if (!q.hasNonNull("_id") || !q.hasNonNull("text")) {
          throw new IllegalArgumentException(file + ":" + n + ": a query needs _id and text");
        }
        queries.put(q.get("_id").asText(), q.get("text").asText());
      }
    }
    return queries;
  }
}
