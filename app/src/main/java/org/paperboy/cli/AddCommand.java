package org.paperboy.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Fetch single papers by arXiv id through the arXiv API and store them.")
final class AddCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArxivApiOptions arxiv;

  @Parameters(
      arity = "1..*",
      paramLabel = "ARXIV_ID",
      description = "Ids such as 2502.10517 or quant-ph/0101001.")
  List<String> ids;

  @Override
  public Integer call() throws IOException {
    try (Paperboy app = common.open()) {
      return add(app.arxivApi(), app.search());
    }
  }

  /** Fetches and stores the papers, then brings the index up to date. */
  private int add(ArxivApi api, Search search) throws IOException {
    long start = System.nanoTime();
    ImportSummary summary =
        api.add(arxiv.url, ids, arxiv.delay(), Reporting.listener(spec.commandLine().getErr()));
    return Reporting.finish(
        search, spec.commandLine().getOut(), "add", summary, System.nanoTime() - start);
  }
}
