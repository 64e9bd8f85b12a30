package org.paperboy.web;

import io.javalin.http.Context;
import java.util.Map;
import org.paperboy.account.Accounts;
import org.paperboy.web.view.MessageView;

/** Deleting your own account: a page that asks once more, then everything of yours goes. */
final class AccountPages {
  private final Messages messages;
  private final Accounts accounts;
  private final SignedIn signedIn;

  AccountPages(Kit kit, Accounts accounts) {
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.accounts = accounts;
  }

  void confirm(Context ctx) {
    Visitor v = person(ctx);
    messages.show(
        ctx,
        200,
        "Delete your account?",
        "This deletes "
            + v.user().email()
            + " and everything Paperboy keeps of you: your library and imports, what you follow"
            + " and claimed, your votes, tokens, recommendations and your digest subscription."
            + " It cannot be undone: export your library first if you want to keep it.",
        new MessageView.Form(
            "/settings/account/delete",
            "Delete my account and all its data",
            Map.of("confirm", "delete")));
  }

  void delete(Context ctx) {
    Visitor v = person(ctx);
    if (!"delete".equals(ctx.formParam("confirm"))) {
      throw HttpError.badRequest("Confirm on the account page to delete your account.");
    }
    accounts.delete(v.user().email());
    signedIn.signOut(ctx);
    messages.show(
        ctx,
        200,
        "Your account is deleted",
        "Everything Paperboy kept of you is gone. Thank you for reading with us.");
  }

  private Visitor person(Context ctx) {
    signedIn.orForbidden(ctx, "Sign in to manage your account.");
    return signedIn.visitor(ctx);
  }
}
