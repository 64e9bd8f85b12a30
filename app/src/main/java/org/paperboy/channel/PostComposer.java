package org.paperboy.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.lab.Lab;
import org.paperboy.lab.LabTopic;
import org.paperboy.lab.Labs;
import org.paperboy.lab.ListEntry;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.paper.TexText;
import org.paperboy.search.TopicMatcher;
import org.paperboy.trending.Ranked;

/**
 * Chooses each channel's papers. As for digests, work channels share is done once per window of new
 * papers: loading them, ranking them by trending and matching each distinct topic.
 */
final class PostComposer implements AutoCloseable {
  static final int TOPIC_DEPTH = 50;
  static final int MAX_NEW_PAPERS = 10_000;
  static final int WEEK_PAPERS = 20;

  private record Key(Instant from, Instant until) {}

  private static final class Window implements AutoCloseable {
    final List<Ranked> trending;
    final TopicMatcher matcher;
    final Map<String, List<TopicMatcher.Match>> matches = new HashMap<>();
    final Map<String, Paper> papers = new LinkedHashMap<>();

    Window(List<Paper> fresh, Sources s) {
      fresh.forEach(p -> papers.put(p.id(), p));
      this.trending = s.trending().rank(fresh);
      this.matcher = s.search().topicMatcher(fresh, s.minSimilarity());
    }

    @Override
    public void close() {
      matcher.close();
    }
  }

  private final Sources sources;
  private final Labs labs;
  private final Supplier<String> siteUrl;
  private final Map<Key, Window> windows = new HashMap<>();

  PostComposer(Sources sources, Labs labs, Supplier<String> siteUrl) {
    this.sources = sources;
    this.labs = labs;
    this.siteUrl = siteUrl;
  }

  Post compose(Channel c, Lab lab, LocalDate date, Instant from, Instant until) {
    Window w =
        windows.computeIfAbsent(
            new Key(from, until),
            k ->
                new Window(
                    sources.papers().addedBetween(from, until, MAX_NEW_PAPERS).papers(), sources));
    String site = siteUrl.get();
    int limit = c.plan().papers();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    Map<String, Double> best = new HashMap<>();
    if (c.plan().content().contains(Channel.Content.TOPICS)) {
      for (LabTopic t : labs.topics(lab)) {
        for (TopicMatcher.Match m :
            w.matches.computeIfAbsent(t.query(), q -> w.matcher.match(q, TOPIC_DEPTH))) {
          reasons.computeIfAbsent(m.paperId(), k -> new ArrayList<>()).add("matches " + t.name());
          best.merge(m.paperId(), m.score(), Math::max);
        }
      }
    }
    List<String> chosen = new ArrayList<>(reasons.keySet());
    chosen.sort((a, b) -> Double.compare(best.get(b), best.get(a)));
    chosen = new ArrayList<>(chosen.subList(0, Math.min(limit, chosen.size())));
    if (c.plan().content().contains(Channel.Content.TRENDING)) {
      for (Ranked r : w.trending) {
        String id = r.paper().id();
        String why = "#" + r.rank() + " trending" + (r.why().isEmpty() ? "" : " (" + r.why() + ")");
        if (chosen.contains(id)) {
          reasons.get(id).add(why);
        } else if (chosen.size() < limit) {
          reasons.put(id, new ArrayList<>(List.of(why)));
          chosen.add(id);
        } else {
          break;
        }
      }
    }
    List<Post.Section> sections = new ArrayList<>();
    List<Post.Item> today = new ArrayList<>();
    for (String id : chosen) {
      today.add(item(w.papers.get(id), String.join(" · ", reasons.get(id)), null, site));
    }
    if (!today.isEmpty()) {
      sections.add(new Post.Section("New papers", today));
    }
    if (c.plan().content().contains(Channel.Content.WEEK)) {
      List<Post.Item> week = new ArrayList<>();
      for (ListEntry e : labs.lists().addedSince(lab, from)) {
        if (week.size() == WEEK_PAPERS) {
          break;
        }
        String who = e.addedBy() == null ? "" : " by " + e.addedBy();
        week.add(item(e.paper(), "added to the lab's lists" + who, e.note(), site));
      }
      if (!week.isEmpty()) {
        sections.add(new Post.Section("New on the lab's lists", week));
      }
    }
    return new Post(lab.name(), site + "/labs/" + lab.slug(), date, sections);
  }

  static Post.Item item(Paper p, String why, String note, String site) {
    List<String> names = p.authors();
    String authors =
        names.size() <= 3
            ? String.join(", ", names)
            : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    return new Post.Item(
        p.id(),
        TexText.plain(p.title()).strip(),
        site + "/papers/" + PaperIds.path(p.id()),
        authors,
        why,
        note);
  }

  @Override
  public void close() {
    windows.values().forEach(Window::close);
    windows.clear();
  }
}
