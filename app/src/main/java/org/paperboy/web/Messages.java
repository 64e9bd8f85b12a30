package org.paperboy.web;

import io.javalin.http.Context;
import org.paperboy.web.view.MessageView;

/** Renders one-message pages with their status. */
final class Messages {
  private final Views views;
  private final Templates templates;

  Messages(Views views, Templates templates) {
    this.views = views;
    this.templates = templates;
  }

  void show(Context ctx, int status, String heading, String text) {
    show(ctx, status, heading, text, null);
  }

  void show(Context ctx, int status, String heading, String text, MessageView.Form action) {
    ctx.status(status);
    templates.render(
        ctx, "message.jte", new MessageView(views.page(ctx, heading, null), heading, text, action));
  }
}
