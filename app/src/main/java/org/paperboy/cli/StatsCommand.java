package org.paperboy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.jobs.Jobs;
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
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("papers", app.papers().count());
      stats.put("papers_by_source", app.papers().countBySource());
      stats.put("sources", app.papers().countByServer());
      LocalDate newest = app.papers().newestPublished();
      stats.put("newest_published", newest == null ? null : newest.toString());
      org.paperboy.search.Search.Stats index = app.search().stats();
      stats.put("indexed", index.indexed());
      stats.put("embedded", index.embedded());
      stats.put("waiting_for_embedding", index.waitingForEmbedding());
      stats.put("keyword_only", index.keywordOnly()); // older than PAPERBOY_EMBED_SINCE
      stats.put("index_bytes", index.indexBytes());
      stats.put("database", app.database().kind().name().toLowerCase(java.util.Locale.ROOT));
      var jobs = Jobs.read(app.config().dataDir().resolve("jobs.json"));
      jobs.ifPresent(j -> stats.put("jobs", JobLines.json(j)));
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("json")) {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(stats));
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
}
