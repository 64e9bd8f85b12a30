package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.ListEntry;
import org.paperboy.lab.ReadingList;
import org.paperboy.lab.SharedLists;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.web.view.LabViews;

/** A lab's shared reading lists: pages, adding from any paper, exports and the Atom feed. */
final class ListPages {
  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final Labs labs;
  private final PaperStore papers;
  private final Feeds feeds;
  private final RateLimiter limit;

  ListPages(Kit kit, Labs labs, PaperStore papers, Feeds feeds) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.signedIn = kit.signedIn();
    this.labs = labs;
    this.papers = papers;
    this.feeds = feeds;
    this.limit = kit.limiter(RateLimiter.MARKS);
  }

  void create(Context ctx) {
    String user = signedIn.orUnauthorized(ctx, LabPages.SIGN_IN);
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    limit.acquire("user:" + user);
    ReadingList list = labs.lists().create(lab, ctx.formParam("name"));
    ctx.redirect("/labs/" + lab.slug() + "/lists/" + list.slug(), HttpStatus.SEE_OTHER);
  }

  void list(Context ctx) {
    String user = signedIn.orSignIn(ctx);
    if (user == null) {
      return;
    }
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    ReadingList list = labs.lists().find(lab, ctx.pathParam("list"));
    List<LabViews.Entry> entries = new ArrayList<>();
    for (ListEntry e : labs.lists().entries(list)) {
      entries.add(
          new LabViews.Entry(
              Views.card(e.paper(), 0, false, 0, null),
              e.note(),
              e.addedBy(),
              e.added().toString().substring(0, 10),
              e.discussed() != null));
    }
    templates.render(
        ctx,
        "lablist.jte",
        new LabViews.ListPage(
            views.page(ctx, list.name() + " — " + lab.name(), null),
            lab.slug(),
            lab.name(),
            list.slug(),
            list.name(),
            "/labs/" + lab.slug() + "/lists/" + list.slug(),
            entries));
  }

  /** {@code /labs/add?paper=ID}: which list, and a note. */
  void addForm(Context ctx) {
    String user = signedIn.orSignIn(ctx);
    if (user == null) {
      return;
    }
    Paper p = paper(ctx.queryParam("paper"));
    Set<String> holding = new HashSet<>();
    labs.lists().holding(user, p.id()).forEach(h -> holding.add(h.labSlug() + "/" + h.listSlug()));
    List<LabViews.Target> targets = new ArrayList<>();
    for (SharedLists.Holding h : labs.lists().writable(user)) {
      String value = h.labSlug() + "/" + h.listSlug();
      targets.add(
          new LabViews.Target(value, h.labName() + ": " + h.listName(), holding.contains(value)));
    }
    templates.render(
        ctx,
        "labadd.jte",
        new LabViews.Add(
            views.page(ctx, "Add to a lab's list", null),
            Views.card(p, 0, false, 0, null),
            targets,
            SharedLists.NOTE_CHARS));
  }

  void add(Context ctx) {
    String user = signedIn.orUnauthorized(ctx, LabPages.SIGN_IN);
    limit.acquire("user:" + user);
    String[] target = String.valueOf(ctx.formParam("list")).split("/", 2);
    if (target.length != 2) {
      throw HttpError.badRequest("Choose a list.");
    }
    Lab lab = labs.forMember(target[0], user);
    ReadingList list = labs.lists().find(lab, target[1]);
    labs.lists().add(list, ctx.formParam("paper"), user, ctx.formParam("note"));
    ctx.redirect("/labs/" + lab.slug() + "/lists/" + list.slug(), HttpStatus.SEE_OTHER);
  }

  void remove(Context ctx) {
    Target t = target(ctx);
    labs.lists().remove(t.list(), String.valueOf(ctx.formParam("paper")));
    back(ctx, t);
  }

  void discussed(Context ctx) {
    Target t = target(ctx);
    labs.lists()
        .discussed(
            t.list(),
            String.valueOf(ctx.formParam("paper")),
            "yes".equals(ctx.formParam("discussed")));
    back(ctx, t);
  }

  void bibtex(Context ctx) {
    Target t = target(ctx);
    download(ctx, "application/x-bibtex", t.list().slug() + ".bib", labs.lists().bibtex(t.list()));
  }

  void cslJson(Context ctx) {
    Target t = target(ctx);
    download(
        ctx,
        "application/vnd.citationstyles.csl+json",
        t.list().slug() + ".json",
        labs.lists().cslJson(t.list()));
  }

  /**
   * The list as Atom, for members: {@code ?token=} a personal API token (readers send no cookie).
   */
  void atom(Context ctx) {
    String user =
        signedIn
            .byToken(ctx.queryParam("token"))
            .orElseThrow(
                () ->
                    HttpError.notFound(
                        "No feed here: add ?token= and a personal API token of a member."));
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    String slug = ctx.pathParam("file");
    ReadingList list =
        labs.lists()
            .find(lab, slug.endsWith(".atom") ? slug.substring(0, slug.length() - 5) : slug);
    List<ListEntry> entries = labs.lists().entries(list);
    Map<String, String> why = new LinkedHashMap<>();
    for (ListEntry e : entries) {
      why.put(
          e.paper().id(),
          "On "
              + list.name()
              + (e.addedBy() == null ? "" : ", added by " + e.addedBy())
              + (e.note() == null ? "." : ": “" + e.note() + "”."));
    }
    feeds.write(
        ctx,
        list.name() + " — " + lab.name(),
        "/labs/" + lab.slug() + "/lists/" + list.slug(),
        entries.stream().map(ListEntry::paper).toList(),
        why);
  }

  private record Target(Lab lab, ReadingList list) {}

  private Target target(Context ctx) {
    String user = signedIn.orUnauthorized(ctx, LabPages.SIGN_IN);
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    return new Target(lab, labs.lists().find(lab, ctx.pathParam("list")));
  }

  private Paper paper(String id) {
    return papers
        .find(String.valueOf(id))
        .orElseThrow(() -> HttpError.notFound("There is no paper with id " + id + "."));
  }

  private static void back(Context ctx, Target t) {
    ctx.redirect("/labs/" + t.lab().slug() + "/lists/" + t.list().slug(), HttpStatus.SEE_OTHER);
  }

  private static void download(Context ctx, String type, String name, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(type + "; charset=utf-8").result(body);
  }
}
