package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.channel.Channel;
import org.paperboy.channel.Channels;
import org.paperboy.channel.Kind;
import org.paperboy.lab.Joining;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.Member;
import org.paperboy.lab.WeekSave;
import org.paperboy.web.view.LabViews;
import org.paperboy.web.view.Link;
import org.paperboy.web.view.MessageView;

/** The labs: their pages, membership, invitations, topics and (for owners) channels. */
final class LabPages {
  /** What a visitor who is not signed in is told by the labs' forms and downloads (401). */
  static final String SIGN_IN = "Sign in to see and use labs.";

  private final Views views;
  private final Templates templates;
  private final Messages messages;
  private final SignedIn signedIn;
  private final Supplier<String> baseUrl;
  private final Labs labs;
  private final Channels channels;
  private final RateLimiter limit;

  LabPages(Kit kit, Labs labs, Channels channels) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.baseUrl = kit.baseUrl();
    this.labs = labs;
    this.channels = channels;
    this.limit = kit.limiter(RateLimiter.FORMS);
  }

  void index(Context ctx) {
    String user = signInFirst(ctx);
    if (user == null) {
      return;
    }
    List<Link> mine =
        labs.of(user).stream().map(l -> new Link(l.name(), "/labs/" + l.slug(), false)).toList();
    templates.render(ctx, "labs.jte", new LabViews.Index(views.page(ctx, "Labs", null), mine));
  }

  void create(Context ctx) {
    String user = person(ctx);
    limit.acquire("user:" + user);
    Lab lab = labs.create(ctx.formParam("name"), ctx.formParam("description"), user);
    ctx.redirect("/labs/" + lab.slug(), HttpStatus.SEE_OTHER);
  }

  void lab(Context ctx) {
    String user = signInFirst(ctx);
    if (user == null) {
      return;
    }
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    Member me = labs.membership(lab, user).orElseThrow();
    List<LabViews.Person> people = new ArrayList<>();
    for (Member m : labs.members(lab)) {
      people.add(
          new LabViews.Person(
              m.userId(), m.email(), m.owner(), me.owner() && !m.userId().equals(user)));
    }
    List<LabViews.ListLink> lists =
        labs.lists().of(lab).stream()
            .map(
                l ->
                    new LabViews.ListLink(
                        l.name(), "/labs/" + lab.slug() + "/lists/" + l.slug(), l.papers()))
            .toList();
    List<LabViews.Saved> week = new ArrayList<>();
    for (WeekSave w : labs.week(lab)) {
      String who = String.join(", ", w.savedBy());
      if (w.hidden() > 0) {
        who +=
            (who.isEmpty() ? "" : " and ")
                + w.hidden()
                + (w.hidden() == 1 ? " member" : " members");
      }
      week.add(new LabViews.Saved(Views.card(w.paper(), 0, false, 0, null), who));
    }
    List<LabViews.ChannelRow> rows = new ArrayList<>();
    if (me.owner()) {
      for (Channel c : channels.of(lab)) {
        rows.add(
            new LabViews.ChannelRow(
                c.id(),
                c.kind().key(),
                c.maskedUrl(),
                c.plan().describe(),
                c.state().active() ? "active" : "disabled",
                c.state().active() ? null : c.state().disabled()));
      }
    }
    templates.render(
        ctx,
        "lab.jte",
        new LabViews.Lab(
            views.page(ctx, lab.name(), null),
            lab.slug(),
            lab.name(),
            lab.description(),
            me.owner(),
            me.showSaves(),
            people,
            lists,
            week,
            labs.topics(lab).stream()
                .map(t -> new LabViews.TopicRow(t.id(), t.name(), t.query()))
                .toList(),
            rows,
            Arrays.stream(Kind.values()).map(Kind::key).toList()));
  }

  void invite(Context ctx) {
    String user = person(ctx);
    Lab lab = labs.forOwner(ctx.pathParam("slug"), user);
    limit.acquire("user:" + user);
    labs.invite(lab, ctx.formParam("email"), baseUrl.get() + "/labs/join");
    messages.show(
        ctx,
        200,
        "Invitation sent",
        "The invitation to "
            + lab.name()
            + " is on its way. Its link works once, for 7 days, for that address only.");
  }

  /** The link in the invitation: a page that joins (after sign-in), or says why it cannot. */
  void joinForm(Context ctx) {
    String token = String.valueOf(ctx.queryParam("t"));
    Visitor v = signedIn.visitor(ctx);
    Joining j = labs.invitation(token, v.user() == null ? null : v.user().email());
    if (j instanceof Joining.Valid valid) {
      if (v.user() == null) {
        ctx.redirect("/signin?next=" + Views.url("/labs/join?t=" + token), HttpStatus.SEE_OTHER);
        return;
      }
      messages.show(
          ctx,
          200,
          "Join " + valid.lab().name(),
          "You were invited to join the lab " + valid.lab().name() + ".",
          new MessageView.Form("/labs/join", "Join the lab", Map.of("t", token)));
      return;
    }
    refuse(ctx, j);
  }

  void join(Context ctx) {
    Visitor v = signedIn.visitor(ctx);
    if (v.user() == null) {
      ctx.redirect(
          "/signin?next=" + Views.url("/labs/join?t=" + ctx.formParam("t")), HttpStatus.SEE_OTHER);
      return;
    }
    Joining j = labs.join(ctx.formParam("t"), v.user().id(), v.user().email());
    if (j instanceof Joining.Joined joined) {
      ctx.redirect("/labs/" + joined.lab().slug(), HttpStatus.SEE_OTHER);
      return;
    }
    refuse(ctx, j);
  }

  private void refuse(Context ctx, Joining j) {
    switch (j) {
      case Joining.Expired e ->
          messages.show(
              ctx,
              410,
              "This invitation expired",
              "Invitations to "
                  + e.lab().name()
                  + " work for 7 days. Ask one of its owners for a new one. Nothing was joined.");
      case Joining.Used u ->
          messages.show(
              ctx,
              410,
              "This invitation was used",
              "Each invitation to "
                  + u.lab().name()
                  + " works once. If that was not you, ask one of its owners for a new one. Nothing was joined.");
      case Joining.OtherAddress o ->
          messages.show(
              ctx,
              403,
              "This invitation is for another address",
              "It was sent to "
                  + o.invited()
                  + ". Sign out and sign in with that address, or ask for an invitation to yours. Nothing was joined.");
      case Joining.Unknown u ->
          messages.show(
              ctx,
              404,
              "This invitation does not work",
              "The link is incomplete or was changed. Nothing was joined.");
      case Joining.Valid valid ->
          throw new IllegalStateException("a valid invitation is not refused");
      case Joining.Joined joined ->
          throw new IllegalStateException("a joined invitation is not refused");
    }
  }

  void leave(Context ctx) {
    String user = person(ctx);
    labs.leave(labs.forMember(ctx.pathParam("slug"), user), user);
    ctx.redirect("/labs", HttpStatus.SEE_OTHER);
  }

  void remove(Context ctx) {
    String user = person(ctx);
    Lab lab = labs.forOwner(ctx.pathParam("slug"), user);
    labs.remove(lab, user, String.valueOf(ctx.formParam("user")));
    back(ctx, lab);
  }

  void saves(Context ctx) {
    String user = person(ctx);
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    labs.showSaves(lab, user, "yes".equals(ctx.formParam("show")));
    back(ctx, lab);
  }

  void addTopic(Context ctx) {
    String user = person(ctx);
    Lab lab = labs.forOwner(ctx.pathParam("slug"), user);
    labs.addTopic(lab, ctx.formParam("name"), ctx.formParam("query"));
    back(ctx, lab);
  }

  void removeTopic(Context ctx) {
    String user = person(ctx);
    Lab lab = labs.forOwner(ctx.pathParam("slug"), user);
    labs.removeTopic(lab, String.valueOf(ctx.formParam("topic")));
    back(ctx, lab);
  }

  static void back(Context ctx, Lab lab) {
    ctx.redirect("/labs/" + lab.slug(), HttpStatus.SEE_OTHER);
  }

  /** The signed-in person's id, or null after sending a visitor to sign in and come back. */
  private String signInFirst(Context ctx) {
    return signedIn.orSignIn(ctx);
  }

  /** The signed-in person's id; a 401 for anybody else (forms, downloads). */
  private String person(Context ctx) {
    return signedIn.orUnauthorized(ctx, SIGN_IN);
  }
}
