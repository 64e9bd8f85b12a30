package org.paperboy.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub ({@code github}): the stars of the repositories the window's papers link to, least
 * recently checked first, each asked with its last ETag.
 */
final class GitHubSource implements Source {
  private final Round.Parts p;
  private final GitHub github;

  GitHubSource(Kit kit) {
    this.p = kit.parts();
    Map<String, String> headers = new HashMap<>();
    String token = kit.settings().githubToken();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    headers.put("X-GitHub-Api-Version", "2022-11-28");
    this.github = new GitHub(kit.http().apply(headers), kit.settings().githubUrl());
  }

  @Override
  public String name() {
    return "github";
  }

  @Override
  public String label(String metric, long value) {
    return metric.equals("stars") ? "★ " + value + " on GitHub" : Source.super.label(metric, value);
  }

  @Override
  public long fetch(Round.Window w, Tally tally, Limits limits) {
    Map<String, String> repoOf = new LinkedHashMap<>();
    for (Observations.Linked l : p.store().linked(w.from(), w.to())) {
      String repo = l.repo() != null ? l.repo() : Repos.fromUrl(l.code());
      repo = repo != null ? repo : Repos.inText(l.text());
      if (repo != null) {
        repoOf.put(l.id(), repo);
      }
    }
    p.store().repos(repoOf);
    Map<String, List<String>> papersOf = new LinkedHashMap<>();
    repoOf.forEach(
        (paper, repo) -> papersOf.computeIfAbsent(repo, k -> new ArrayList<>()).add(paper));
    Map<String, String> checked = p.store().repoCheckedAt(papersOf.keySet());
    List<String> order = new ArrayList<>(papersOf.keySet());
    order.sort(
        Comparator.comparing((String r) -> checked.getOrDefault(r, "")).thenComparing(r -> r));
    Map<String, GitHub.Stars> known = p.store().knownRepos(order);
    List<Observations.Obs> obs = new ArrayList<>();
    for (String repo : order) {
      if (!limits.open()) {
        break;
      }
      int gone = tally.notFound;
      var stars = github.stars(repo, known.get(repo), tally, limits);
      if (stars.isPresent() || tally.notFound > gone) {
        p.store().repoChecked(repo, stars.orElse(null), p.clock().instant());
      }
      stars.ifPresent(
          s ->
              papersOf
                  .get(repo)
                  .forEach(id -> obs.add(new Observations.Obs(id, "github", "stars", s.stars()))));
    }
    p.store().record(obs, p.clock().instant());
    tally.values += obs.size();
    tally.papers += obs.size();
    return 0;
  }
}
