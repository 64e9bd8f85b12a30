package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import org.paperboy.channel.ChannelException;
import org.paperboy.lab.LabException;

/** The labs' routes, beside those in {@link Routes}; every POST form is checked for CSRF. */
final class LabRoutes {
  private LabRoutes() {}

  static void register(
      RoutesConfig r,
      Handlers h,
      LabPages labs,
      ListPages lists,
      ChannelPages channels,
      LabApi api) {
    r.get("/labs", labs::index);
    r.post("/labs", labs::create);
    r.get("/labs/join", labs::joinForm);
    r.post("/labs/join", labs::join);
    r.get("/labs/add", lists::addForm);
    r.post("/labs/add", lists::add);
    r.get("/labs/{slug}", labs::lab);
    r.post("/labs/{slug}/invite", labs::invite);
    r.post("/labs/{slug}/leave", labs::leave);
    r.post("/labs/{slug}/remove", labs::remove);
    r.post("/labs/{slug}/saves", labs::saves);
    r.post("/labs/{slug}/topics", labs::addTopic);
    r.post("/labs/{slug}/topics/remove", labs::removeTopic);
    r.post("/labs/{slug}/channels", channels::addChannel);
    r.post("/labs/{slug}/channels/remove", channels::removeChannel);
    r.post("/labs/{slug}/lists", lists::create);
    r.get("/labs/{slug}/lists/{list}", lists::list);
    r.post("/labs/{slug}/lists/{list}/remove", lists::remove);
    r.post("/labs/{slug}/lists/{list}/discussed", lists::discussed);
    r.get("/labs/{slug}/lists/{list}/export.bib", lists::bibtex);
    r.get("/labs/{slug}/lists/{list}/export.json", lists::cslJson);
    r.get("/feeds/labs/{slug}/{file}", lists::atom);
    r.get("/api/v1/labs", api::labs);
    r.get("/api/v1/labs/{slug}", api::lab);
    r.post("/api/v1/labs/{slug}/lists", api::createList);
    r.get("/api/v1/labs/{slug}/lists/{list}", api::list);
    r.post("/api/v1/labs/{slug}/lists/{list}", api::change);
    r.exception(
        LabException.class,
        (e, ctx) ->
            h.fail(
                ctx,
                switch (e.kind()) {
                  case NOT_FOUND -> 404;
                  case FORBIDDEN -> 403;
                  case INVALID -> 400;
                },
                switch (e.kind()) {
                  case NOT_FOUND -> "Not found";
                  case FORBIDDEN -> "Not allowed";
                  case INVALID -> "That could not be done";
                },
                e));
    r.exception(
        ChannelException.class,
        (e, ctx) ->
            h.fail(ctx, e.notFound() ? 404 : 400, e.notFound() ? "Not found" : "Refused", e));
  }
}
