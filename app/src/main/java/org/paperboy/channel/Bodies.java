package org.paperboy.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A post as the request bodies one platform takes, each within the platform's limits: a post too
 * long for one message is split into several, each saying which part it is.
 */
final class Bodies {
  static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  static List<String> of(Kind kind, Post post) {
    return switch (kind) {
      case SLACK -> SlackFormat.bodies(post);
      case DISCORD -> DiscordFormat.bodies(post);
      case MATTERMOST -> MattermostFormat.bodies(post);
      case TEAMS -> TeamsFormat.bodies(post);
      case WEBHOOK -> List.of(webhook(post));
    };
  }

  /** The generic webhook's body: the post as plain data. */
  static String webhook(Post post) {
    ObjectNode root = JSON.createObjectNode();
    root.put("lab", post.lab());
    root.put("lab_url", post.labUrl());
    root.put("date", post.date().toString());
    ArrayNode sections = root.putArray("sections");
    for (Post.Section s : post.sections()) {
      ObjectNode section = sections.addObject();
      section.put("title", s.title());
      ArrayNode papers = section.putArray("papers");
      for (Post.Item i : s.items()) {
        ObjectNode p = papers.addObject();
        p.put("id", i.id());
        p.put("title", i.title());
        p.put("url", i.url());
        p.put("authors", i.authors());
        p.put("why", i.why());
        if (i.note() != null) {
          p.put("note", i.note());
        }
      }
    }
    return write(root);
  }

  static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text cut to at most {@code max} characters, at a space where one is near, with an ellipsis. */
  static String cut(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int at = s.lastIndexOf(' ', max - 1);
    return s.substring(0, at > max / 2 ? at : max - 1) + "…";
  }

  /** "(2/3)" after a heading when a post has several parts. */
  static String part(String heading, int index, int parts) {
    return parts == 1 ? heading : heading + " (" + (index + 1) + "/" + parts + ")";
  }

  /** One paper's lines as plain text: authors, why, and the note if any. */
  static String lines(Post.Item i) {
    StringBuilder s = new StringBuilder();
    if (!i.authors().isEmpty()) {
      s.append(i.authors()).append('\n');
    }
    s.append(i.why());
    if (i.note() != null) {
      s.append("\n“").append(i.note()).append('”');
    }
    return s.toString();
  }

  /** Items grouped into messages of at most {@code perMessage} items and {@code chars} text. */
  static <T> List<List<T>> pack(
      List<T> units, int perMessage, int chars, java.util.function.ToIntFunction<T> size) {
    List<List<T>> out = new ArrayList<>();
    List<T> current = new ArrayList<>();
    int used = 0;
    for (T u : units) {
      int n = size.applyAsInt(u);
      if (!current.isEmpty() && (current.size() == perMessage || used + n > chars)) {
        out.add(current);
        current = new ArrayList<>();
        used = 0;
      }
      current.add(u);
      used += n;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
