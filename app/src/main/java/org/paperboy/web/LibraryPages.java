package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.library.ImportException;
import org.paperboy.library.ImportJob;
import org.paperboy.library.Library;
import org.paperboy.library.LibraryPage;
import org.paperboy.library.LibraryQuery;
import org.paperboy.library.Mark;
import org.paperboy.library.Origin;
import org.paperboy.people.People;
import org.paperboy.trending.Trending;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.ImportView;
import org.paperboy.web.view.LibraryView;
import org.paperboy.web.view.Link;

/** The library: ☆ and "not interested" on every card, the library page, export and import. */
final class LibraryPages {
  /** What a visitor who is not signed in is told by the library's pages (403). */
  static final String SIGN_IN = "Sign in to see and change your library.";

  private final Views views;
  private final Templates templates;
  private final Messages messages;
  private final SignedIn signedIn;
  private final Library library;
  private final Trending trending;
  private final RateLimiter limit;
  private final People people;

  LibraryPages(Kit kit, Library library, Trending trending, People people) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.library = library;
    this.trending = trending;
    this.limit = kit.limiter(RateLimiter.MARKS);
    this.people = people;
  }

  /** Save, unsave, dismiss or undo: JSON for the page's script, a redirect for a plain form. */
  void mark(Context ctx) {
    Visitor v = signedIn.visitor(ctx);
    String next = Params.localPath(ctx.formParam("next"));
    boolean json = wantsJson(ctx);
    if (v.user() == null) {
      if (json) {
        Json.error(ctx, 401, "Sign in to save papers.");
      } else {
        ctx.redirect("/signin?next=" + Views.url(next), HttpStatus.SEE_OTHER);
      }
      return;
    }
    limit.acquire("user:" + v.user().id());
    String paper = ctx.formParam("paper");
    String action = String.valueOf(ctx.formParam("action"));
    String userId = v.user().id();
    switch (action) {
      case "save" -> library.mark(userId, paper, Mark.SAVED, Origin.PAGE);
      case "dismiss" -> library.mark(userId, paper, Mark.DISMISSED, Origin.PAGE);
      case "unsave", "undismiss" -> library.unmark(userId, paper);
      default -> throw HttpError.badRequest("action must be save, unsave, dismiss or undismiss");
    }
    if (json) {
      String state = library.markOf(userId, paper).map(m -> m.name().toLowerCase()).orElse("none");
      Json.send(ctx, Map.of("paper", paper, "state", state));
    } else {
      ctx.redirect(next + (next.contains("#") ? "" : "#paper-" + paper), HttpStatus.SEE_OTHER);
    }
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  void library(Context ctx) {
    Visitor v = signedIn.visitor(ctx);
    if (v.user() == null) {
      ctx.redirect("/signin?next=" + Views.url("/library"), HttpStatus.SEE_OTHER);
      return;
    }
    LibraryQuery q =
        new LibraryQuery(
            ctx.queryParam("q"),
            LibraryQuery.Sort.parse(ctx.queryParam("sort")),
            Params.integer(ctx, "page", 1, 1, 10_000));
    LibraryPage lp = library.page(v.user().id(), q);
    List<String> ids = lp.papers().stream().map(s -> s.paper().id()).toList();
    Map<String, Integer> votes = trending.votes(ids);
    Set<String> voted = trending.votedBy(v.userId(), ids);
    List<Card> cards = new ArrayList<>();
    for (LibraryPage.Saved s : lp.papers()) {
      String id = s.paper().id();
      cards.add(Views.card(s.paper(), votes.getOrDefault(id, 0), voted.contains(id), 0, null));
    }
    String base = "/library?q=" + Views.url(q.words()) + "&sort=";
    List<Link> sorts = new ArrayList<>();
    for (LibraryQuery.Sort s : LibraryQuery.Sort.values()) {
      String label = s == LibraryQuery.Sort.SAVED ? "Saved" : "Published";
      sorts.add(new Link(label, base + s.key(), s == q.sort()));
    }
    String paged = base + q.sort().key() + "&page=";
    templates.render(
        ctx,
        "library.jte",
        new LibraryView(
            views.page(ctx, "Your library", null),
            q.words(),
            q.sort().key(),
            sorts,
            lp.total(),
            cards,
            q.page() > 1 ? new Link("← Previous", paged + (q.page() - 1), false) : null,
            lp.hasNext() ? new Link("Next →", paged + (q.page() + 1), false) : null,
            Library.MAX_IMPORT_BYTES / (1024 * 1024),
            q.page() == 1 && q.words().isEmpty()
                ? PeopleSettings.claimedCards(people, v.user().id(), 50)
                : List.of()));
  }

  void exportBibtex(Context ctx) {
    String user = person(ctx);
    download(ctx, "application/x-bibtex", "paperboy-library.bib", library.exportBibtex(user));
  }

  void exportCslJson(Context ctx) {
    String user = person(ctx);
    download(
        ctx,
        "application/vnd.citationstyles.csl+json",
        "paperboy-library.json",
        library.exportCslJson(user));
  }

  private static void download(Context ctx, String type, String name, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(type + "; charset=utf-8").result(body);
  }

  /**
   * The upload: at most {@link Library#MAX_IMPORT_BYTES}, refused with 413 beyond. The file is read
   * here and imported as a job; the answer is its progress page.
   */
  void importFile(Context ctx) {
    String user = person(ctx);
    byte[] bytes = uploadedBytes(ctx);
    String job;
    try {
      job = library.startImport(user, bytes);
    } catch (ImportException e) {
      messages.show(ctx, 400, "Nothing was imported", e.getMessage());
      return;
    } catch (ImportJob.TooMany e) {
      throw new HttpError(429, e.getMessage(), e.retryAfterSeconds());
    }
    ctx.redirect("/library/import/" + job, HttpStatus.SEE_OTHER);
  }

  private static byte[] uploadedBytes(Context ctx) {
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (Exception e) { // Jetty's multipart parser throws its IOException unchecked
      // a body that is not the multipart it says it is: the client's fault, not ours
      throw HttpError.badRequest("The upload could not be read as a form (malformed multipart).");
    }
    if (file == null || (file.size() == 0 && file.filename().isEmpty())) {
      throw HttpError.badRequest("Choose a BibTeX, RIS or CSL JSON file to import.");
    }
    if (file.size() > Library.MAX_IMPORT_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = file.content()) {
      return in.readNBytes(Library.MAX_IMPORT_BYTES + 1);
    } catch (IOException e) {
      throw HttpError.badRequest("The upload ended before the whole file arrived.");
    }
  }

  /** An upload's progress while it runs (the page reloads itself), then its report. */
  void importProgress(Context ctx) {
    String user = person(ctx);
    ImportJob job =
        library
            .importJob(user, ctx.pathParam("id"))
            .orElseThrow(() -> HttpError.notFound("There is no import of yours with this id."));
    if (job.state() == ImportJob.State.RUNNING) {
      ctx.header("Refresh", "2");
    }
    templates.render(ctx, "import.jte", new ImportView(views.page(ctx, "Import", null), job));
  }

  /**
   * Refuses a multipart body over the upload limit before anything reads it (the form token check
   * would): 413 when its stated length is too big, 411 when it states none.
   */
  static void guardUpload(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      return;
    }
    long length = ctx.req().getContentLengthLong();
    if (length < 0) {
      throw new HttpError(411, "Uploads must state their length (Content-Length).", 0);
    }
    if (length > Library.MAX_IMPORT_BYTES + 64 * 1024) {
      throw tooLarge();
    }
  }

  private static HttpError tooLarge() {
    return new HttpError(
        413,
        "The file is larger than "
            + Library.MAX_IMPORT_BYTES / (1024 * 1024)
            + " MB: nothing was imported. Export fewer entries at a time, or without attachments"
            + " and notes.",
        0);
  }

  /** The signed-in person's id; a 403 page for anybody else. */
  private String person(Context ctx) {
    return signedIn.orForbidden(ctx, SIGN_IN);
  }
}
