package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.paperboy.digest.Digests;
import org.paperboy.subscription.SubscribeOutcome;
import org.paperboy.subscription.Subscriber;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.web.view.MessageView;

/**
 * Subscribing, confirming, unsubscribing, and the digest preview; the settings in {@link
 * SettingsPages}.
 */
final class SubscriptionPages {
  private final Kit kit;
  private final Messages messages;
  private final Subscriptions subscriptions;
  private final Digests digests;
  private final RateLimiter limit;
  private final MailLimits mailLimits;

  /**
   * @param mailLimits shared with the sign-in form: the limits hold over both together
   */
  SubscriptionPages(Kit kit, Subscriptions subscriptions, Digests digests, MailLimits mailLimits) {
    this.kit = kit;
    this.messages = kit.messages();
    this.subscriptions = subscriptions;
    this.digests = digests;
    this.limit = kit.limiter(RateLimiter.FORMS);
    this.mailLimits = mailLimits;
  }

  void subscribe(Context ctx) {
    String client = kit.client(ctx);
    limit.acquire("ip:" + client);
    mailLimits.acquire(client, ctx.formParam("email"));
    switch (subscriptions.subscribe(ctx.formParam("email"), kit.baseUrl().get())) {
      case SubscribeOutcome.MailSent sent ->
          messages.show(
              ctx,
              200,
              "Check your inbox",
              "We sent a mail to "
                  + sent.email()
                  + ". Open the link in it to confirm the subscription: nothing is sent before you"
                  + " do. The link works for "
                  + Subscriptions.CONFIRM_WITHIN.toDays()
                  + " days. "
                  + MailLimits.NOTE);
      case SubscribeOutcome.AlreadyMailed held ->
          messages.show(
              ctx,
              429,
              "No new mail sent",
              "A mail went to "
                  + held.email()
                  + " in the last 10 minutes, so no other goes out so soon. Look for it (in the spam"
                  + " folder too), or ask again later.");
      case SubscribeOutcome.InvalidAddress bad ->
          messages.show(ctx, 400, "That address does not work", bad.message());
      case SubscribeOutcome.MailFailed failed ->
          messages.show(ctx, 503, "The mail could not be sent", failed.message());
    }
  }

  void confirmForm(Context ctx) {
    String token = ctx.queryParam("token");
    Optional<Subscriber> s = subscriptions.peekConfirm(token);
    if (s.isEmpty()) {
      badLink(ctx);
      return;
    }
    messages.show(
        ctx,
        200,
        "Confirm your subscription",
        "Send Paperboy's daily digest to " + s.get().email() + "?",
        new MessageView.Form("/subscribe/confirm", "Yes, subscribe", Map.of("token", token)));
  }

  void confirm(Context ctx) {
    Optional<Subscriber> s = subscriptions.confirm(ctx.formParam("token"));
    if (s.isEmpty()) {
      badLink(ctx);
      return;
    }
    String settings = subscriptions.settingsUrl(s.get(), "");
    ctx.redirect(settings + "&notice=confirmed", HttpStatus.SEE_OTHER);
  }

  void unsubscribeForm(Context ctx) {
    String token = ctx.queryParam("token");
    Optional<Subscriber> s = subscriptions.byUnsubscribeToken(token);
    if (s.isEmpty()) {
      messages.show(
          ctx,
          200,
          "Not subscribed",
          "This address is not subscribed (any more). Nothing more will be sent to it.");
      return;
    }
    messages.show(
        ctx,
        200,
        "Unsubscribe",
        "Stop sending digests to " + s.get().email() + " and delete its settings and topics?",
        new MessageView.Form("/unsubscribe?token=" + token, "Unsubscribe", Map.of()));
  }

  /** The one-click POST of RFC 8058, and the button of the page above: both end here. */
  void unsubscribe(Context ctx) {
    String token = ctx.queryParam("token");
    if (token == null) {
      token = ctx.formParam("token");
    }
    if (!subscriptions.validUnsubscribeToken(token)) {
      throw HttpError.badRequest(
          "This unsubscribe link is not valid. Copy the whole link from the mail.");
    }
    subscriptions.byUnsubscribeToken(token).ifPresent(subscriptions::delete);
    messages.show(
        ctx, 200, "Unsubscribed", "Nothing more will be sent, and the address is deleted.");
  }

  void preview(Context ctx) {
    Visitor v = kit.signedIn().visitor(ctx);
    if (v.user() == null) {
      ctx.redirect("/signin?next=" + Views.url("/digest/preview"), HttpStatus.SEE_OTHER);
      return;
    }
    Optional<Digests.Preview> p = digests.preview(v.user().email());
    if (p.isEmpty()) {
      messages.show(
          ctx,
          404,
          "No digest for this address",
          v.user().email() + " is not subscribed. Use the subscribe box below, then come back.");
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(p.get().mail().html());
  }

  private void badLink(Context ctx) {
    messages.show(ctx, 400, "This link no longer works", BAD_LINK);
  }

  private static final String BAD_LINK =
      "Confirmation links work for "
          + Subscriptions.CONFIRM_WITHIN.toDays()
          + " days and this one has expired or was copied incompletely."
          + " Subscribe again from the box below to get a new one.";
}
