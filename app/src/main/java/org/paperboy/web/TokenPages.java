package org.paperboy.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.paperboy.library.ApiToken;
import org.paperboy.library.Feedback;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.library.Origin;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.web.view.MessageView;
import org.paperboy.web.view.TokensView;

/**
 * What works without a session: personal API tokens (made and revoked on the settings page) and the
 * library API they open ({@link SignedIn#bearer}), and the signed feedback links of the digest.
 */
final class TokenPages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Views views;
  private final Templates templates;
  private final Messages messages;
  private final SignedIn signedIn;
  private final Supplier<String> baseUrl;
  private final Library library;
  private final PaperStore papers;

  TokenPages(Kit kit, Library library, PaperStore papers) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.baseUrl = kit.baseUrl();
    this.library = library;
    this.papers = papers;
  }

  void tokens(Context ctx) {
    show(ctx, signedIn.orForbidden(ctx, LibraryPages.SIGN_IN), null);
  }

  void create(Context ctx) {
    String user = signedIn.orForbidden(ctx, LibraryPages.SIGN_IN);
    ApiToken.Created created = library.createToken(user, ctx.formParam("name"));
    show(ctx, user, created);
  }

  void revoke(Context ctx) {
    String user = signedIn.orForbidden(ctx, LibraryPages.SIGN_IN);
    if (!library.revokeToken(user, String.valueOf(ctx.formParam("token")))) {
      throw HttpError.notFound("You have no such token.");
    }
    ctx.redirect("/settings/tokens", HttpStatus.SEE_OTHER);
  }

  private void show(Context ctx, String user, ApiToken.Created created) {
    ctx.header("Cache-Control", "no-store");
    templates.render(
        ctx,
        "tokens.jte",
        new TokensView(
            views.page(ctx, "API tokens", null), library.tokens(user), created, baseUrl.get()));
  }

  // Digest feedback: a GET shows one button (mail scanners open links), only the POST records.

  void feedbackForm(Context ctx) {
    String token = ctx.queryParam("t");
    Optional<Feedback> f = library.readFeedback(token);
    if (f.isEmpty()) {
      badLink(ctx);
      return;
    }
    Feedback fb = f.get();
    String title = papers.find(fb.paperId()).map(Paper::title).orElse(fb.paperId());
    boolean more = fb.action() == Feedback.Action.MORE;
    messages.show(
        ctx,
        200,
        more ? "More like this" : "Not for me",
        (more ? "Save “" + title + "” to the library of " : "Hide “" + title + "” from ")
            + fb.email()
            + (more
                ? "? Recommendations learn from what you save."
                : " and show fewer papers like it?"),
        new MessageView.Form(
            "/library/feedback", more ? "Save it" : "Not for me", Map.of("t", token)));
  }

  void feedback(Context ctx) {
    Optional<Feedback> f;
    try {
      f = library.recordFeedback(ctx.formParam("t"));
    } catch (IllegalArgumentException e) {
      throw HttpError.notFound("That paper is no longer here.");
    }
    if (f.isEmpty()) {
      badLink(ctx);
      return;
    }
    boolean more = f.get().action() == Feedback.Action.MORE;
    messages.show(
        ctx,
        200,
        more ? "Saved" : "Noted",
        more
            ? "The paper is in your library. Sign in with " + f.get().email() + " to see it."
            : "You will see fewer papers like it.");
  }

  private void badLink(Context ctx) {
    messages.show(
        ctx,
        400,
        "This link does not work",
        "The link is incomplete, was changed, or has expired (they work for "
            + Library.FEEDBACK_LIFETIME.toDays()
            + " days). Sign in to save papers from the site.");
  }

  // The library API: Authorization: Bearer <personal token>

  void apiList(Context ctx) {
    String user = signedIn.bearer(ctx);
    Mark mark = "dismissed".equals(ctx.queryParam("state")) ? Mark.DISMISSED : Mark.SAVED;
    List<String> ids = library.ids(user, mark);
    Map<String, Paper> found = papers.findAll(ids);
    List<Json.PaperJson> out = new ArrayList<>();
    for (String id : ids) {
      Paper p = found.get(id);
      if (p != null) {
        out.add(Json.paper(p, 0, baseUrl.get()));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", mark.name().toLowerCase());
    body.put("total", out.size());
    body.put("papers", out);
    Json.send(ctx, body);
  }

  /** {@code {"paper": "2502.10517", "action": "save"}}; action save, dismiss or remove. */
  void apiMark(Context ctx) {
    String user = signedIn.bearer(ctx);
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw HttpError.badRequest(
          "The body must be JSON: {\"paper\": \"ID\", \"action\": \"save\"}");
    }
    String paper = body == null ? null : body.path("paper").asText(null);
    String action = body == null ? "" : body.path("action").asText("");
    if (paper == null || papers.find(paper).isEmpty()) {
      throw HttpError.notFound("No paper with id " + paper);
    }
    switch (action) {
      case "save" -> library.mark(user, paper, Mark.SAVED, Origin.PAGE);
      case "dismiss" -> library.mark(user, paper, Mark.DISMISSED, Origin.PAGE);
      case "remove" -> library.unmark(user, paper);
      default -> throw HttpError.badRequest("action must be save, dismiss or remove");
    }
    String state = library.markOf(user, paper).map(m -> m.name().toLowerCase()).orElse("none");
    Json.send(ctx, Map.of("paper", paper, "state", state));
  }
}
