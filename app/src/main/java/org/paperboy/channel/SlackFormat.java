package org.paperboy.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack Block Kit: at most 50 blocks a message and 3,000 characters a text block (its documented
 * limits); a header, then one section block per paper; a longer post becomes several messages.
 * Mattermost takes the same blocks' older form, attachments ({@link MattermostFormat}).
 */
final class SlackFormat {
  static final int MAX_BLOCKS = 50;
  static final int MAX_TEXT = 3_000;
  static final int MAX_HEADER = 150;

  /** One block with what it needs: a section heading or a paper. */
  private record Unit(ObjectNode block, String fallback) {}

  private SlackFormat() {}

  static List<String> bodies(Post post) {
    List<Unit> units = new ArrayList<>();
    for (Post.Section s : post.sections()) {
      units.add(new Unit(section("*" + escape(s.title()) + "*"), s.title()));
      for (Post.Item i : s.items()) {
        String text =
            "*<"
                + i.url()
                + "|"
                + escape(i.title()).replace('|', '¦')
                + ">*\n"
                + escape(Bodies.lines(i));
        units.add(new Unit(section(Bodies.cut(text, MAX_TEXT)), i.title() + " " + i.url()));
      }
    }
    // a message is its header, a divider and up to 48 blocks
    List<List<Unit>> parts = Bodies.pack(units, MAX_BLOCKS - 2, Integer.MAX_VALUE, u -> 1);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      String heading = Bodies.cut(Bodies.part(post.heading(), p, parts.size()), MAX_HEADER);
      ObjectNode root = Bodies.JSON.createObjectNode();
      root.put("text", heading);
      root.put("unfurl_links", false);
      ArrayNode blocks = root.putArray("blocks");
      ObjectNode header = blocks.addObject();
      header.put("type", "header");
      ObjectNode plain = header.putObject("text");
      plain.put("type", "plain_text");
      plain.put("text", heading);
      blocks.addObject().put("type", "divider");
      for (Unit u : parts.get(p)) {
        blocks.add(u.block());
      }
      out.add(Bodies.write(root));
    }
    return out;
  }

  private static ObjectNode section(String mrkdwn) {
    ObjectNode block = Bodies.JSON.createObjectNode();
    block.put("type", "section");
    ObjectNode text = block.putObject("text");
    text.put("type", "mrkdwn");
    text.put("text", mrkdwn);
    return block;
  }

  /** Slack's three control characters in text. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
