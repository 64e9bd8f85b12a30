package org.paperboy.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.library.Library;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** What a lab's members saved to their own libraries in the last seven days. */
final class WeekSaves {
  static final int MAX_PAPERS = 50;

  private final Library library;
  private final PaperStore papers;
  private final LabStore labs;

  WeekSaves(Library library, PaperStore papers, LabStore labs) {
    this.library = library;
    this.papers = papers;
    this.labs = labs;
  }

  List<WeekSave> of(String labId, Instant now) {
    record Saved(String paperId, String email, boolean shown) {}
    Map<String, Member> members = new HashMap<>();
    labs.members(labId).forEach(m -> members.put(m.userId(), m));
    List<Saved> rows =
        library.savedSince(members.keySet(), now.minus(Duration.ofDays(7))).stream()
            .map(
                s -> {
                  Member m = members.get(s.userId());
                  return new Saved(s.paperId(), m.email(), m.showSaves());
                })
            .toList();
    Map<String, List<String>> named = new LinkedHashMap<>();
    Map<String, Integer> hidden = new LinkedHashMap<>();
    for (Saved s : rows) {
      if (!named.containsKey(s.paperId()) && named.size() == MAX_PAPERS) {
        continue;
      }
      named.computeIfAbsent(s.paperId(), k -> new ArrayList<>());
      if (s.shown()) {
        named.get(s.paperId()).add(s.email());
      } else {
        hidden.merge(s.paperId(), 1, Integer::sum);
      }
    }
    Map<String, Paper> found = papers.findAll(named.keySet());
    List<WeekSave> out = new ArrayList<>();
    named.forEach(
        (id, who) -> {
          Paper p = found.get(id);
          if (p != null) {
            out.add(new WeekSave(p, List.copyOf(who), hidden.getOrDefault(id, 0)));
          }
        });
    return out;
  }
}
