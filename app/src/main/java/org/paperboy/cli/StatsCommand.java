package org.paperboy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.jobs.Jobs;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show what this Paperboy holds.")
final class StatsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException(
          "unknown stats format '" + format + "' (use text or json)");
    }
    try (Paperboy app = common.open()) {
      return stats(app.papers(), app.search(), app.database(), app.config());
    }
  }

  private int stats(PaperStore papers, Search search, Database database, Config config)
      throws Exception {
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("papers", papers.count());
    stats.put("papers_by_source", papers.countBySource());
    stats.put("sources", papers.countByServer());
    LocalDate newest = papers.newestPublished();
    stats.put("newest_published", newest == null ? null : newest.toString());
    Search.Stats index = search.stats();
    stats.put("indexed", index.indexed());
    stats.put("embedded", index.embedded());
    stats.put("waiting_for_embedding", index.waitingForEmbedding());
    stats.put("keyword_only", index.keywordOnly()); // older than PAPERBOY_EMBED_SINCE
    stats.put("index_bytes", index.indexBytes());
    stats.put("database", database.kind().name().toLowerCase(java.util.Locale.ROOT));
    var jobs = Jobs.read(config.dataDir().resolve("jobs.json"));
    jobs.ifPresent(j -> stats.put("jobs", JobLines.json(j)));
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats));
    } else {
      stats.forEach(
          (k, v) -> {
            if (!k.equals("jobs")) {
              out.printf("%-18s %s%n", k.replace('_', ' '), v);
            }
          });
      jobs.ifPresent(j -> JobLines.text(j, out));
    }
    out.flush();
    return 0;
  }
}
