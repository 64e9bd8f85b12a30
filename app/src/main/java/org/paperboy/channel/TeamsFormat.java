package org.paperboy.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft Teams through a workflow webhook: a message with one Adaptive Card (version 1.4), a
 * container per paper. Teams takes messages up to about 28 KB; a post is split well before that.
 */
final class TeamsFormat {
  static final int MAX_PAPERS = 25;
  static final int MAX_CHARS = 18_000;

  private TeamsFormat() {}

  static List<String> bodies(Post post) {
    List<ObjectNode> units = new ArrayList<>();
    for (Post.Section s : post.sections()) {
      for (Post.Item i : s.items()) {
        ObjectNode c = Bodies.JSON.createObjectNode();
        c.put("type", "Container");
        c.put("separator", true);
        ArrayNode items = c.putArray("items");
        text(
            items,
            "[" + markdown(Bodies.cut(i.title(), 500)) + "](" + i.url() + ")",
            "Bolder",
            false);
        text(items, markdown(Bodies.cut(s.title() + " · " + Bodies.lines(i), 1_500)), null, true);
        units.add(c);
      }
    }
    List<List<ObjectNode>> parts =
        Bodies.pack(units, MAX_PAPERS, MAX_CHARS, u -> Bodies.write(u).length());
    List<String> out = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      ObjectNode root = Bodies.JSON.createObjectNode();
      root.put("type", "message");
      ObjectNode attachment = root.putArray("attachments").addObject();
      attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
      attachment.putNull("contentUrl");
      ObjectNode card = attachment.putObject("content");
      card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
      card.put("type", "AdaptiveCard");
      card.put("version", "1.4");
      ArrayNode body = card.putArray("body");
      ObjectNode heading =
          text(body, markdown(Bodies.part(post.heading(), p, parts.size())), "Bolder", false);
      heading.put("size", "Large");
      parts.get(p).forEach(body::add);
      ObjectNode open = card.putArray("actions").addObject();
      open.put("type", "Action.OpenUrl");
      open.put("title", "Open the lab");
      open.put("url", post.labUrl());
      out.add(Bodies.write(root));
    }
    return out;
  }

  private static ObjectNode text(ArrayNode into, String text, String weight, boolean subtle) {
    ObjectNode t = into.addObject();
    t.put("type", "TextBlock");
    t.put("text", text);
    t.put("wrap", true);
    if (weight != null) {
      t.put("weight", weight);
    }
    if (subtle) {
      t.put("isSubtle", true);
    }
    return t;
  }

  /** Adaptive Cards read a little Markdown: brackets and stars in titles are kept literal. */
  static String markdown(String s) {
    return s.replace("\\", "\\\\")
        .replace("[", "\\[")
        .replace("]", "\\]")
        .replace("*", "\\*")
        .replace("_", "\\_");
  }
}
