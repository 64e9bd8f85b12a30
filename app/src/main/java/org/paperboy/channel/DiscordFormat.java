package org.paperboy.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Discord embeds: at most 10 a message and 6,000 characters in all of a message's embeds (titles
 * 256, descriptions 4,096); a longer post becomes several messages. Mentions are switched off, so
 * that a title saying @everyone pings nobody.
 */
final class DiscordFormat {
  static final int MAX_EMBEDS = 10;
  static final int MAX_CHARS = 6_000;
  static final int MAX_TITLE = 256;
  static final int MAX_DESCRIPTION = 1_000;
  static final int MAX_CONTENT = 2_000;

  private record Unit(String section, Post.Item item, String title, String description) {
    int size() {
      return title.length() + description.length();
    }
  }

  private DiscordFormat() {}

  static List<String> bodies(Post post) {
    List<Unit> units = new ArrayList<>();
    for (Post.Section s : post.sections()) {
      for (Post.Item i : s.items()) {
        String description = Bodies.cut(s.title() + " · " + Bodies.lines(i), MAX_DESCRIPTION);
        units.add(new Unit(s.title(), i, Bodies.cut(i.title(), MAX_TITLE), description));
      }
    }
    List<List<Unit>> parts = Bodies.pack(units, MAX_EMBEDS, MAX_CHARS - 200, Unit::size);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      ObjectNode root = Bodies.JSON.createObjectNode();
      root.put(
          "content",
          Bodies.cut("**" + Bodies.part(post.heading(), p, parts.size()) + "**", MAX_CONTENT));
      root.putObject("allowed_mentions").putArray("parse");
      ArrayNode embeds = root.putArray("embeds");
      for (Unit u : parts.get(p)) {
        ObjectNode e = embeds.addObject();
        e.put("title", u.title());
        e.put("url", u.item().url());
        e.put("description", u.description());
        e.put("color", 0x2f6f9f);
      }
      out.add(Bodies.write(root));
    }
    return out;
  }
}
