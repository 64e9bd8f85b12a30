package org.paperboy.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** What a lab's members saved to their own libraries in the last seven days. */
final class WeekSaves {
  static final int MAX_PAPERS = 50;

  private final Database db;
  private final PaperStore papers;
  private final LabStore labs;

  WeekSaves(Database db, PaperStore papers, LabStore labs) {
    this.db = db;
    this.papers = papers;
    this.labs = labs;
  }

  List<WeekSave> of(String labId, Instant now) {
    record Saved(String paperId, String email, boolean shown) {}
    Map<String, Member> members = new HashMap<>();
    labs.members(labId).forEach(m -> members.put(m.userId(), m));
    List<Saved> rows =
        db
            .read(
                c ->
                    Sql.list(
                        c,
                        "SELECT b.paper_id, b.user_id FROM library b"
                            + " JOIN lab_members m ON m.user_id = b.user_id"
                            + " WHERE m.lab_id = ? AND b.state = 'saved' AND b.created_at > ?"
                            + " ORDER BY b.created_at DESC",
                        rs -> new String[] {rs.getString(1), rs.getString(2)},
                        labId,
                        now.minus(Duration.ofDays(7)).toString()))
            .stream()
            .filter(r -> members.containsKey(r[1]))
            .map(r -> new Saved(r[0], members.get(r[1]).email(), members.get(r[1]).showSaves()))
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
