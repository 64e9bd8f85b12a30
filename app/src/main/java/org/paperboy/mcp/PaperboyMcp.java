package org.paperboy.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paperboy.lab.Labs;
import org.paperboy.library.Library;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.trending.Trending;

/**
 * Paperboy as a Model Context Protocol server, on the official MCP Java SDK: the tools and the
 * {@code paper://} resource, over Streamable HTTP (a servlet the web server mounts at {@link
 * #PATH}) or over stdio ({@code paperboy mcp}). The package's one public entry.
 */
public final class PaperboyMcp implements AutoCloseable {
  /** Where the web server mounts the HTTP transport. */
  public static final String PATH = "/mcp";

  /** The request attribute the web server sets to the id of the person whose token came with it. */
  public static final String USER_ATTRIBUTE = "org.paperboy.mcp.user";

  /** An MCP session nobody used for this long is closed (between one and two of these). */
  static final Duration IDLE_SESSION = Duration.ofMinutes(10);

  private static final String USER_KEY = "paperboy.user";
  private static final String INSTRUCTIONS =
      "Paperboy is a research-paper service (arXiv papers): search_papers finds papers by words"
          + " and meaning, get_paper returns one whole, similar_papers widens from a paper,"
          + " trending and daily show what is new. With a personal token, for_you gives the"
          + " person's recommendations and library, save_paper and dismiss_paper change it,"
          + " follow_author and following keep the authors they follow, and lab_lists and"
          + " add_to_lab_list reach the shared reading lists of their labs.";

  private final Catalog catalog;
  private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
  private final java.util.List<McpSyncServer> servers = new CopyOnWriteArrayList<>();

  /** The features the tools call, as the web pages and the API call them. */
  public record Parts(
      PaperStore papers,
      Search search,
      Trending trending,
      Library library,
      Recommendations recommendations,
      People people,
      Labs labs) {}

  public PaperboyMcp(Parts parts, Supplier<String> baseUrl) {
    PublicTools open =
        new PublicTools(parts.papers(), parts.search(), parts.trending(), parts.library(), baseUrl);
    this.catalog =
        new Catalog(
            open,
            new PersonalTools(
                parts.papers(), parts.library(), parts.recommendations(), open, baseUrl),
            new SocialTools(parts.people(), parts.labs(), open, baseUrl));
  }

  /**
   * The Streamable HTTP transport as a servlet for {@link #PATH}, with the server behind it. The
   * web server checks each request first (size, Origin, token) and sets {@link #USER_ATTRIBUTE}.
   */
  public HttpServlet http(int maxBodyBytes) {
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(json)
            .mcpEndpoint(PATH)
            .maxRequestSize(maxBodyBytes)
            .sessionSweepInterval(IDLE_SESSION)
            // the web server's gate validates Origin before the request gets here
            .securityValidator(ServerTransportSecurityValidator.NOOP)
            .contextExtractor(
                request -> {
                  Object user = request.getAttribute(USER_ATTRIBUTE);
                  return user == null
                      ? McpTransportContext.EMPTY
                      : McpTransportContext.create(Map.of(USER_KEY, user));
                })
            .build();
    Function<McpTransportContext, Caller> who =
        context -> new Caller(context.get(USER_KEY) instanceof String s ? s : null);
    servers.add(build(McpServer.sync(transport), who));
    return transport;
  }

  /**
   * Serves one client over stdio until it closes its end, as the person {@code user} names at each
   * call (null: public tools only; a token revoked meanwhile names nobody). Nothing but the
   * protocol may be written to {@code out}.
   */
  public void serveStdio(Supplier<String> user, InputStream in, OutputStream out)
      throws InterruptedException {
    EndOfInput watched = new EndOfInput(in);
    McpSyncServer server =
        build(
            McpServer.sync(new StdioServerTransportProvider(json, watched, out)),
            c -> new Caller(user.get()));
    try {
      watched.await();
    } finally {
      server.closeGracefully();
    }
  }

  private <S extends McpServer.SyncSpecification<S>> McpSyncServer build(
      McpServer.SyncSpecification<S> spec, Function<McpTransportContext, Caller> who) {
    return spec.serverInfo("paperboy", version())
        .instructions(INSTRUCTIONS)
        .jsonMapper(json)
        .jsonSchemaValidator(new DefaultJsonSchemaValidator())
        .validateToolInputs(true)
        .immediateExecution(true)
        .capabilities(
            McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
        .addToolFilter(catalog.filter(who))
        .tools(catalog.tools(who))
        .resourceTemplates(catalog.paperResource(who))
        .build();
  }

  private static String version() {
    String v = PaperboyMcp.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public void close() {
    servers.forEach(McpSyncServer::closeGracefully);
    servers.clear();
  }
}
