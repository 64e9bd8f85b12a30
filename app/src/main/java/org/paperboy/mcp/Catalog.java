package org.paperboy.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncListFilter;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.paperboy.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every tool with its handler, the filter that hides the personal ones from anybody without a
 * token, and the {@code paper://{id}} resource. Errors become results with {@code isError} and a
 * message; a bug is logged here and never shown.
 */
final class Catalog {
  private static final Logger log = LoggerFactory.getLogger(Catalog.class);
  static final String PAPER_SCHEME = "paper://";

  interface Handler {
    CallToolResult call(Args args, Caller caller);
  }

  record Entry(Tool tool, boolean personal, Handler handler) {}

  private final List<Entry> entries;
  private final PublicTools open;

  Catalog(PublicTools open, PersonalTools personal, SocialTools social) {
    this.open = open;
    this.entries =
        List.of(
            new Entry(Definitions.searchPapers(), false, open::searchPapers),
            new Entry(Definitions.getPaper(), false, open::getPaper),
            new Entry(Definitions.similarPapers(), false, open::similarPapers),
            new Entry(Definitions.trending(), false, open::trending),
            new Entry(Definitions.daily(), false, open::daily),
            new Entry(Definitions.forYou(), true, personal::forYou),
            new Entry(Definitions.library(), true, personal::library),
            new Entry(Definitions.savePaper(), true, personal::save),
            new Entry(Definitions.dismissPaper(), true, personal::dismiss),
            new Entry(SocialDefinitions.followAuthor(), true, social::follow),
            new Entry(SocialDefinitions.following(), true, social::following),
            new Entry(SocialDefinitions.labLists(), true, social::labLists),
            new Entry(SocialDefinitions.addToLabList(), true, social::addToList));
  }

  /** The names of the tools that need a person's token. */
  Set<String> personal() {
    return entries.stream()
        .filter(Entry::personal)
        .map(e -> e.tool().name())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  List<SyncToolSpecification> tools(Function<McpTransportContext, Caller> who) {
    return entries.stream()
        .map(
            e ->
                new SyncToolSpecification(
                    e.tool(),
                    (exchange, request) ->
                        run(
                            e,
                            new Args(request.arguments()),
                            who.apply(exchange.transportContext()))))
        .toList();
  }

  /** Lists a personal tool only to a caller with a token. */
  McpSyncListFilter<Tool> filter(Function<McpTransportContext, Caller> who) {
    Set<String> personal = personal();
    return (context, tool) -> !personal.contains(tool.name()) || who.apply(context).known();
  }

  static CallToolResult run(Entry e, Args args, Caller caller) {
    try {
      return e.handler().call(args, caller);
    } catch (ToolError | IllegalArgumentException ex) {
      return Results.error(ex.getMessage());
    } catch (RuntimeException ex) {
      if (Database.isBusy(ex)) {
        return Results.error("Paperboy is busy writing just now. Try again in a minute.");
      }
      log.error("The MCP tool {} failed", e.tool().name(), ex);
      return Results.error("Paperboy could not answer this call. The error has been logged.");
    }
  }

  SyncResourceTemplateSpecification paperResource(Function<McpTransportContext, Caller> who) {
    McpSchema.ResourceTemplate template =
        McpSchema.ResourceTemplate.builder(PAPER_SCHEME + "{id}", "paper")
            .title("A paper")
            .description(
                "A paper as Markdown: title, authors, dates, links, the abstract and similar"
                    + " papers. Old-style arXiv ids write their slash as %2F:"
                    + " paper://quant-ph%2F0101001.")
            .mimeType("text/markdown")
            .build();
    return new SyncResourceTemplateSpecification(
        template,
        (exchange, request) -> {
          String uri = request.uri();
          Shapes.Full paper = read(uri, who.apply(exchange.transportContext()));
          return new McpSchema.ReadResourceResult(
              List.of(
                  new McpSchema.TextResourceContents(uri, "text/markdown", Markdown.paper(paper))));
        });
  }

  private Shapes.Full read(String uri, Caller caller) {
    String id = uri.startsWith(PAPER_SCHEME) ? uri.substring(PAPER_SCHEME.length()) : "";
    try {
      id = URLDecoder.decode(id, StandardCharsets.UTF_8);
      return open.full(open.find(id), caller);
    } catch (ToolError | IllegalArgumentException e) {
      throw McpError.RESOURCE_NOT_FOUND.apply(uri);
    } catch (RuntimeException e) {
      log.error("Reading the MCP resource {} failed", uri, e);
      throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
          .message("Paperboy could not read this paper. The error has been logged.")
          .build();
    }
  }
}
