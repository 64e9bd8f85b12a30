package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperboy.subscription.Settings;
import org.paperboy.subscription.Subscriber;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.web.view.SettingsView;

/**
 * A subscriber's settings page and its forms (schedule, topics, pause, delete), reached by the
 * signed link of a digest or by signing in with the subscribed address.
 */
final class SettingsPages {
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  private final Views views;
  private final Templates templates;
  private final Messages messages;
  private final SignedIn signedIn;
  private final Subscriptions subscriptions;

  SettingsPages(Kit kit, Subscriptions subscriptions) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.subscriptions = subscriptions;
  }

  void page(Context ctx) {
    Subscriber s = subscriber(ctx);
    String notice =
        switch (String.valueOf(ctx.queryParam("notice"))) {
          case "confirmed" ->
              "Subscribed. Your first digest comes at the hour below; add topics to make it yours.";
          case "saved" -> "Saved.";
          case "paused" -> "Paused: no digests until you resume.";
          case "resumed" -> "Resumed.";
          default -> null;
        };
    Settings st = s.settings();
    templates.render(
        ctx,
        "settings.jte",
        new SettingsView(
            views.page(ctx, "Digest settings", null),
            Params.token(ctx),
            s.email(),
            s.status().name().toLowerCase(Locale.ROOT),
            st.frequency().name().toLowerCase(Locale.ROOT),
            st.weekday().getValue(),
            st.hour(),
            st.zone().getId(),
            st.paperCount(),
            st.includeTrending(),
            st.noticeWhenEmpty(),
            s.topics().stream()
                .map(t -> new SettingsView.TopicRow(t.id(), t.name(), t.query()))
                .toList(),
            ZONES,
            notice));
  }

  void save(Context ctx) {
    Subscriber s = subscriber(ctx);
    Settings settings;
    try {
      settings =
          new Settings(
              Settings.Frequency.valueOf(
                  Params.required(ctx, "frequency").toUpperCase(Locale.ROOT)),
              DayOfWeek.of(Integer.parseInt(Params.required(ctx, "weekday"))),
              Integer.parseInt(Params.required(ctx, "hour")),
              ZoneId.of(Params.required(ctx, "zone")),
              Integer.parseInt(Params.required(ctx, "papers")),
              ctx.formParam("trending") != null,
              "notice".equals(ctx.formParam("empty")));
    } catch (NumberFormatException | DateTimeException e) {
      throw HttpError.badRequest(
          "The settings form had a value that does not fit: " + e.getMessage());
    }
    subscriptions.update(s, settings);
    back(ctx, "saved");
  }

  void addTopic(Context ctx) {
    Subscriber s = subscriber(ctx);
    subscriptions.addTopic(s, ctx.formParam("name"), ctx.formParam("query"));
    back(ctx, "saved");
  }

  void removeTopic(Context ctx) {
    subscriptions.removeTopic(subscriber(ctx), Params.required(ctx, "topic"));
    back(ctx, "saved");
  }

  void pause(Context ctx) {
    subscriptions.pause(subscriber(ctx));
    back(ctx, "paused");
  }

  void resume(Context ctx) {
    subscriptions.resume(subscriber(ctx));
    back(ctx, "resumed");
  }

  void delete(Context ctx) {
    Subscriber s = subscriber(ctx);
    subscriptions.delete(s);
    messages.show(
        ctx,
        200,
        "Deleted",
        s.email()
            + " and everything Paperboy kept about it (settings, topics, digest records) are gone.");
  }

  private Subscriber subscriber(Context ctx) {
    String token = Params.token(ctx);
    Optional<Subscriber> s =
        token.isEmpty() ? Optional.empty() : subscriptions.bySettingsToken(token);
    if (s.isEmpty()) {
      Visitor v = signedIn.visitor(ctx);
      if (v.user() != null) {
        s = subscriptions.byEmail(v.user().email());
      }
    }
    return s.orElseThrow(
        () ->
            new HttpError(
                403,
                "This settings link is not valid or has expired. Open the newest link from a digest,"
                    + " or sign in with the subscribed address.",
                0));
  }

  private void back(Context ctx, String notice) {
    String token = Params.token(ctx);
    ctx.redirect(
        "/settings?"
            + (token.isEmpty() ? "" : "token=" + Views.url(token) + "&")
            + "notice="
            + notice,
        HttpStatus.SEE_OTHER);
  }
}
