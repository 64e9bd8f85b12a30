package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.paperboy.account.Accounts;
import org.paperboy.account.SignInOutcome;
import org.paperboy.paper.PaperStore;
import org.paperboy.trending.Trending;
import org.paperboy.web.view.MessageView;
import org.paperboy.web.view.SignInView;

/** Sign-in by emailed link, sign-out, votes and the theme: everything a visitor posts. */
final class SignInPages {
  private final Kit kit;
  private final Views views;
  private final Templates templates;
  private final Messages messages;
  private final Accounts accounts;
  private final SignedIn signedIn;
  private final Trending trending;
  private final PaperStore papers;
  private final RateLimiter signInLimit;
  private final RateLimiter voteLimit;
  private final MailLimits mailLimits;

  /**
   * @param mailLimits shared with the subscription form: the limits hold over both together
   */
  SignInPages(
      Kit kit, Accounts accounts, Trending trending, PaperStore papers, MailLimits mailLimits) {
    this.kit = kit;
    this.views = kit.views();
    this.templates = kit.templates();
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.accounts = accounts;
    this.trending = trending;
    this.papers = papers;
    this.signInLimit = kit.limiter(RateLimiter.FORMS);
    this.voteLimit = kit.limiter(RateLimiter.VOTES);
    this.mailLimits = mailLimits;
  }

  void form(Context ctx) {
    String next = Params.localPath(ctx.queryParam("next"));
    templates.render(
        ctx, "signin.jte", new SignInView(views.page(ctx, "Sign in", null), next, "", null));
  }

  void request(Context ctx) {
    String client = kit.client(ctx);
    signInLimit.acquire("ip:" + client);
    String next = Params.localPath(ctx.formParam("next"));
    String email = ctx.formParam("email");
    mailLimits.acquire(client, email);
    String confirm = kit.baseUrl().get() + "/signin/confirm?next=" + Views.url(next);
    switch (accounts.requestLink(email, confirm)) {
      case SignInOutcome.Sent sent ->
          messages.show(
              ctx,
              200,
              "Check your inbox",
              "A sign-in link is on its way to "
                  + sent.email()
                  + ". It works once, for the next "
                  + Accounts.LINK_LIFETIME.toMinutes()
                  + " minutes. No mail after a few minutes? Look in"
                  + " the spam folder, or ask again. "
                  + MailLimits.NOTE);
      case SignInOutcome.Held held ->
          messages.show(
              ctx,
              429,
              "No new link sent",
              held.email()
                  + " was sent "
                  + Accounts.LINKS_PER_ADDRESS
                  + " sign-in links in the last "
                  + Accounts.LINK_LIFETIME.toMinutes()
                  + " minutes, so no other goes out"
                  + " now. Use the newest of those (look in the spam folder too), or ask again"
                  + " later.");
      case SignInOutcome.InvalidAddress invalid -> {
        ctx.status(400);
        templates.render(
            ctx,
            "signin.jte",
            new SignInView(
                views.page(ctx, "Sign in", null),
                next,
                email == null ? "" : email,
                invalid.message()));
      }
      case SignInOutcome.MailFailed failed ->
          messages.show(ctx, 503, "The mail could not be sent", failed.message());
    }
  }

  void confirmForm(Context ctx) {
    String token = ctx.queryParam("token");
    String next = Params.localPath(ctx.queryParam("next"));
    Optional<String> email = accounts.linkAddress(token);
    if (email.isEmpty()) {
      expired(ctx);
      return;
    }
    messages.show(
        ctx,
        200,
        "Sign in to Paperboy",
        "Sign in as " + email.get() + " on this browser?",
        new MessageView.Form("/signin/confirm", "Sign in", Map.of("token", token, "next", next)));
  }

  void confirm(Context ctx) {
    var session = accounts.redeem(ctx.formParam("token"));
    if (session.isEmpty()) {
      expired(ctx);
      return;
    }
    long seconds = session.get().lifetime().toSeconds();
    signedIn.signIn(ctx, session.get().sessionToken(), (int) Math.max(60, seconds));
    ctx.redirect(Params.localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private void expired(Context ctx) {
    messages.show(
        ctx,
        400,
        "This sign-in link no longer works",
        "Sign-in links work once and for "
            + Accounts.LINK_LIFETIME.toMinutes()
            + " minutes, and this one has been used, has expired or was copied incompletely. Ask for a new one from the sign-in page.");
  }

  void signOut(Context ctx) {
    String session = ctx.cookie(Cookies.SESSION);
    if (session != null) {
      accounts.signOut(session);
    }
    signedIn.signOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void vote(Context ctx) {
    Visitor v = signedIn.visitor(ctx);
    String next = Params.localPath(ctx.formParam("next"));
    if (v.user() == null) {
      ctx.redirect("/signin?next=" + Views.url(next), HttpStatus.SEE_OTHER);
      return;
    }
    voteLimit.acquire("user:" + v.user().id());
    String id = ctx.formParam("paper");
    if (id == null || papers.find(id).isEmpty()) {
      throw HttpError.notFound("No paper with id " + id);
    }
    trending.toggleVote(v.user().id(), id);
    ctx.redirect(next + (next.contains("#") ? "" : "#paper-" + id), HttpStatus.SEE_OTHER);
  }

  void theme(Context ctx) {
    String theme = ctx.formParam("theme");
    if (theme == null || !Cookies.THEMES.contains(theme)) {
      throw HttpError.badRequest("theme must be auto, light or dark");
    }
    signedIn.theme(ctx, theme);
    ctx.redirect(Params.localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }
}
