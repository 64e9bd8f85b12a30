package org.paperboy.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.ListEntry;
import org.paperboy.lab.ReadingList;

/** The labs API under {@code /api/v1/labs}, with a personal API token of a member. */
final class LabApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  record ListJson(String slug, String name, int papers) {}

  record LabJson(String slug, String name, String description, String role, List<ListJson> lists) {}

  record EntryJson(
      String note, String addedBy, String addedAt, String discussedAt, Json.PaperJson paper) {}

  private final SignedIn signedIn;
  private final Supplier<String> baseUrl;
  private final Labs labs;

  LabApi(Kit kit, Labs labs) {
    this.signedIn = kit.signedIn();
    this.baseUrl = kit.baseUrl();
    this.labs = labs;
  }

  void labs(Context ctx) {
    String user = signedIn.bearer(ctx);
    List<LabJson> out = new ArrayList<>();
    for (Lab l : labs.of(user)) {
      out.add(json(l, user));
    }
    Json.send(ctx, Map.of("labs", out));
  }

  void lab(Context ctx) {
    String user = signedIn.bearer(ctx);
    Json.send(ctx, json(labs.forMember(ctx.pathParam("slug"), user), user));
  }

  private LabJson json(Lab l, String user) {
    return new LabJson(
        l.slug(),
        l.name(),
        l.description(),
        labs.membership(l, user).map(m -> m.owner() ? "owner" : "member").orElse("member"),
        labs.lists().of(l).stream()
            .map(r -> new ListJson(r.slug(), r.name(), r.papers()))
            .toList());
  }

  /** {@code {"name": "Journal club"}}: a new list. */
  void createList(Context ctx) {
    String user = signedIn.bearer(ctx);
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    ReadingList list = labs.lists().create(lab, body(ctx).path("name").asText(null));
    ctx.status(201);
    Json.send(ctx, new ListJson(list.slug(), list.name(), 0));
  }

  void list(Context ctx) {
    String user = signedIn.bearer(ctx);
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    ReadingList list = labs.lists().find(lab, ctx.pathParam("list"));
    String base = baseUrl.get();
    List<EntryJson> papers = new ArrayList<>();
    for (ListEntry e : labs.lists().entries(list)) {
      papers.add(
          new EntryJson(
              e.note(),
              e.addedBy(),
              e.added().toString(),
              e.discussed() == null ? null : e.discussed().toString(),
              Json.paper(e.paper(), 0, base)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("lab", lab.slug());
    out.put("list", list.slug());
    out.put("name", list.name());
    out.put("total", papers.size());
    out.put("papers", papers);
    Json.send(ctx, out);
  }

  /**
   * {@code {"paper": "ID", "action": "add", "note": "…"}}; action add, remove, discussed,
   * undiscussed.
   */
  void change(Context ctx) {
    String user = signedIn.bearer(ctx);
    Lab lab = labs.forMember(ctx.pathParam("slug"), user);
    ReadingList list = labs.lists().find(lab, ctx.pathParam("list"));
    JsonNode body = body(ctx);
    String paper = body.path("paper").asText(null);
    String action = body.path("action").asText("");
    switch (action) {
      case "add" -> labs.lists().add(list, paper, user, body.path("note").asText(null));
      case "remove" -> labs.lists().remove(list, paper);
      case "discussed" -> labs.lists().discussed(list, paper, true);
      case "undiscussed" -> labs.lists().discussed(list, paper, false);
      default -> throw HttpError.badRequest("action must be add, remove, discussed or undiscussed");
    }
    Json.send(ctx, Map.of("paper", String.valueOf(paper), "list", list.slug(), "action", action));
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode n = JSON.readTree(ctx.bodyAsBytes());
      if (n == null || !n.isObject()) {
        throw HttpError.badRequest("The body must be a JSON object.");
      }
      return n;
    } catch (IOException e) {
      throw HttpError.badRequest("The body must be JSON.");
    }
  }
}
