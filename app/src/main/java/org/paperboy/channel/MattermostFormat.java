package org.paperboy.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Mattermost's Slack-compatible attachments: one per paper, titled and linked. A post is kept well
 * under Mattermost's 16,383 characters; a longer one becomes several.
 */
final class MattermostFormat {
  static final int MAX_ATTACHMENTS = 20;
  static final int MAX_CHARS = 12_000;

  private MattermostFormat() {}

  static List<String> bodies(Post post) {
    List<Post.Item> items = new ArrayList<>();
    List<String> sectionOf = new ArrayList<>();
    for (Post.Section s : post.sections()) {
      for (Post.Item i : s.items()) {
        items.add(i);
        sectionOf.add(s.title());
      }
    }
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      indices.add(i);
    }
    List<List<Integer>> parts =
        Bodies.pack(
            indices,
            MAX_ATTACHMENTS,
            MAX_CHARS,
            i -> items.get(i).title().length() + Bodies.lines(items.get(i)).length() + 200);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      ObjectNode root = Bodies.JSON.createObjectNode();
      root.put("text", "#### " + Bodies.part(post.heading(), p, parts.size()));
      ArrayNode attachments = root.putArray("attachments");
      for (int i : parts.get(p)) {
        Post.Item item = items.get(i);
        ObjectNode a = attachments.addObject();
        a.put("fallback", item.title() + " " + item.url());
        a.put("color", "#2f6f9f");
        a.put("author_name", sectionOf.get(i));
        a.put("title", Bodies.cut(item.title(), 500));
        a.put("title_link", item.url());
        a.put("text", Bodies.cut(Bodies.lines(item), 2_000));
      }
      out.add(Bodies.write(root));
    }
    return out;
  }
}
