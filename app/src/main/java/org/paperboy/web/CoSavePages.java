package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.paperboy.recommend.Recommendations;
import org.paperboy.web.view.CoSavesView;

/**
 * The co-saves setting ({@code /settings/co-saves}): whether a signed-in reader's saves feed other
 * readers' "readers who saved this also saved" and For you. On by default; off takes effect at the
 * model's next update (minutes).
 */
final class CoSavePages {
  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final Recommendations recommendations;

  CoSavePages(Kit kit, Recommendations recommendations) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.signedIn = kit.signedIn();
    this.recommendations = recommendations;
  }

  void page(Context ctx) {
    String user = signedIn.orForbidden(ctx, LibraryPages.SIGN_IN);
    ctx.header("Cache-Control", "no-store");
    String notice = "saved".equals(ctx.queryParam("notice")) ? "Saved." : null;
    templates.render(
        ctx,
        "cosaves.jte",
        new CoSavesView(
            views.page(ctx, "Co-saves", null),
            !recommendations.coSavesOptedOut(user),
            recommendations.coSaveMinReaders(),
            notice));
  }

  void save(Context ctx) {
    String user = signedIn.orForbidden(ctx, LibraryPages.SIGN_IN);
    String share = Params.required(ctx, "share");
    if (!share.equals("yes") && !share.equals("no")) {
      throw HttpError.badRequest("The form's share must be yes or no.");
    }
    recommendations.coSavesOptOut(user, share.equals("no"));
    ctx.redirect("/settings/co-saves?notice=saved", HttpStatus.SEE_OTHER);
  }
}
