package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.people.Followed;
import org.paperboy.people.People;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.Link;
import org.paperboy.web.view.PeopleView;

/** Settings of people: the authors followed, the papers claimed, the library alert switch. */
final class PeopleSettings {
  /** Claimed papers the settings page lists; the library's "My papers" has them all. */
  static final int CLAIMED_SHOWN = 200;

  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final People people;

  PeopleSettings(Kit kit, People people) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.signedIn = kit.signedIn();
    this.people = people;
  }

  void page(Context ctx) {
    String user = person(ctx);
    List<Link> following = new ArrayList<>();
    for (Followed f : people.following(user)) {
      following.add(new Link(f.name(), Views.authorHref(f.name()), false));
    }
    templates.render(
        ctx,
        "people.jte",
        new PeopleView(
            views.page(ctx, "People and alerts", null),
            following,
            claimedCards(people, user, CLAIMED_SHOWN),
            people.libraryAlerts(user),
            AuthorPages.notice(ctx.queryParam("done"))));
  }

  /** Follow a name, unfollow one, or switch the library alerts ({@code action}). */
  void save(Context ctx) {
    String user = person(ctx);
    String action = String.valueOf(ctx.formParam("action"));
    String done =
        switch (action) {
          case "follow" ->
              people.follow(user, String.valueOf(ctx.formParam("name"))).papers() == 0
                  ? "followed-early"
                  : "followed";
          case "unfollow" -> {
            people.unfollow(user, String.valueOf(ctx.formParam("name")));
            yield "unfollowed";
          }
          case "alerts" -> {
            people.libraryAlerts(user, "on".equals(ctx.formParam("library")));
            yield "alerts";
          }
          default -> throw HttpError.badRequest("action must be follow, unfollow or alerts");
        };
    ctx.redirect("/settings/people?done=" + done, HttpStatus.SEE_OTHER);
  }

  void unclaim(Context ctx) {
    String user = person(ctx);
    people.unclaim(user, List.of(String.valueOf(ctx.formParam("paper"))));
    ctx.redirect("/settings/people?done=unclaimed", HttpStatus.SEE_OTHER);
  }

  /** The person's claimed papers as cards, most recently claimed first. */
  static List<Card> claimedCards(People people, String user, int limit) {
    return people.claimedPapers(user, limit).stream()
        .map(p -> Views.card(p, 0, false, 0, null))
        .toList();
  }

  private String person(Context ctx) {
    return signedIn.orForbidden(ctx, "Sign in to see whom you follow and which papers are yours.");
  }
}
