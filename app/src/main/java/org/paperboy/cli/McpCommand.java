package org.paperboy.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.library.Library;
import org.paperboy.mcp.PaperboyMcp;
import org.paperboy.recommend.Recommendations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Serve Paperboy to one AI assistant over stdio (the Model Context Protocol), until it closes",
      "the connection: search, papers, trending and, for a person, their recommendations,",
      "library, the authors they follow and their labs' reading lists. Opens no port. The",
      "person is given by PAPERBOY_MCP_TOKEN (a personal API token) or --user; without either,",
      "only the public tools are listed. See docs/mcp.md."
    })
final class McpCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "PAPERBOY_MCP_TOKEN";

  @Mixin CommonOptions common;

  @Option(
      names = "--user",
      paramLabel = "EMAIL",
      description = "Act for the person with this account (instead of a token).")
  String user;

  @Override
  public Integer call() throws InterruptedException {
    // stdout carries the protocol alone: whatever else prints goes to stderr instead
    PrintStream protocol = System.out;
    System.setOut(System.err);
    String token = System.getenv(TOKEN_VARIABLE);
    token = token == null || token.isBlank() ? null : token.strip();
    if (token != null && user != null) {
      throw new IllegalArgumentException("give either --user or " + TOKEN_VARIABLE + ", not both");
    }
    try (Paperboy app = common.open()) {
      Supplier<String> person = person(app.library(), app.recommendations(), token);
      // an assistant keeps this process for hours: the index follows the database as in serve
      // (indexing and embedding when no server owns it, reading the server's commits when one does)
      app.startIndexJobs();
      Config.Web web = app.config().web();
      try (PaperboyMcp mcp =
          new PaperboyMcp(
              new PaperboyMcp.Parts(
                  app.papers(),
                  app.search(),
                  app.trending(),
                  app.library(),
                  app.recommendations(),
                  app.people(),
                  app.labs()),
              () -> web.baseUrl(web.port()))) {
        mcp.serveStdio(person, System.in, protocol);
      }
    }
    return 0;
  }

  /** Who the tools act for, asked at each call: a token revoked meanwhile stops working. */
  private Supplier<String> person(Library library, Recommendations recommendations, String token) {
    if (token != null) {
      if (library.userForToken(token).isEmpty()) {
        throw new IllegalArgumentException(
            TOKEN_VARIABLE + " is not a token of this Paperboy, or it was revoked");
      }
      return () -> library.userForToken(token).orElse(null);
    }
    if (user != null) {
      String id =
          recommendations
              .userId(user)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no account for "
                              + user
                              + ": sign in once on the site, or import a library with"
                              + " `paperboy library import --user`"));
      return () -> id;
    }
    return () -> null;
  }
}
