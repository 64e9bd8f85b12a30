package org.paperboy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.library.ImportException;
import org.paperboy.library.ImportReport;
import org.paperboy.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "library",
    mixinStandardHelpOptions = true,
    description = "A person's library: import a reference manager's export, or export it.",
    subcommands = {LibraryCommand.Import.class, LibraryCommand.Export.class})
final class LibraryCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Save the papers of a BibTeX, RIS or CSL JSON file (Zotero, JabRef, Mendeley) to a",
        "person's library, matched by arXiv id, DOI, then title. arXiv ids not stored yet are",
        "fetched through the arXiv API. Creates the person if they have never signed in.",
        "Exit code 3 when some entries were unmatched or malformed (all listed on stderr)."
      })
  static final class Import implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "Whose library.")
    String user;

    @Mixin ArxivApiOptions arxiv;

    @Option(
        names = "--no-fetch",
        description = "Do not fetch unknown arXiv ids; report them as unmatched.")
    boolean noFetch;

    @Parameters(paramLabel = "FILE", description = "The .bib, .ris or .json file.")
    Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (Files.size(file) > Library.MAX_IMPORT_BYTES) {
        err.printf(
            "paperboy: %s is larger than %d MB: nothing was imported%n",
            file, Library.MAX_IMPORT_BYTES / (1024 * 1024));
        return 1;
      }
      byte[] bytes = Files.readAllBytes(file);
      try (Paperboy app = common.open()) {
        return importFile(app.library(), bytes, out, err);
      }
    }

    private int importFile(Library library, byte[] bytes, PrintWriter out, PrintWriter err) {
      long start = System.nanoTime();
      ImportReport r;
      try {
        r =
            library.importFile(
                library.userIdFor(user),
                bytes,
                arxiv.url,
                arxiv.delay(),
                noFetch ? 0 : Integer.MAX_VALUE);
      } catch (ImportException e) {
        err.println("paperboy: " + file + ": " + e.getMessage());
        return 1;
      }
      for (ImportReport.Item i : r.malformed()) {
        err.println("malformed " + i.where() + ": " + i.reason());
      }
      for (ImportReport.Item i : r.unmatched()) {
        err.println("unmatched " + i.where() + " \"" + i.title() + "\": " + i.reason());
      }
      out.printf("%s in %.2f s%n", r.summary(), (System.nanoTime() - start) / 1e9);
      return r.unmatched().isEmpty() && r.malformed().isEmpty() ? 0 : Main.EXIT_REJECTED;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print a person's saved papers as BibTeX or CSL JSON.")
  static final class Export implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "Whose library.")
    String user;

    @Option(
        names = "--format",
        defaultValue = "bibtex",
        paramLabel = "FORMAT",
        description = "bibtex or csl-json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return export(app.library());
      }
    }

    private int export(Library library) {
      String id = library.userIdFor(user);
      String text =
          switch (format) {
            case "bibtex" -> library.exportBibtex(id);
            case "csl-json", "csl" -> library.exportCslJson(id);
            default ->
                throw new IllegalArgumentException(
                    "--format must be bibtex or csl-json, not '" + format + "'");
          };
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
