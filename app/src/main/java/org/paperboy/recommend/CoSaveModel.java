package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which papers the readers of an instance save together: for each paper its {@value #NEIGHBOURS}
 * most similar papers by the readers who saved both, with how many readers that is. The similarity
 * is a cosine over readers with a shrinkage for rarely saved papers, each reader weighted by
 * 1/√(papers they saved), so one reader with thousands of saves cannot dominate:
 *
 * <pre>sim(i, j) = Σ_{readers u of both} 1/√|L_u|  /  (√(n_i · n_j) + SHRINK)</pre>
 *
 * A pair counts only when at least {@code minReaders} different readers saved both papers; any
 * other pair is never kept, so the model holds counts and never who. Immutable once built.
 */
final class CoSaveModel {
  /** Neighbours kept per paper. */
  static final int NEIGHBOURS = 200;

  /** Added to the cosine's denominator: a pair of rarely saved papers is trusted less. */
  static final double SHRINK = 5;

  /** Saves of one reader the model takes (the newest): bounds a reader's share of the work. */
  static final int MAX_PER_READER = 1_000;

  static final CoSaveModel EMPTY = build(List.of(), 3);

  /** A paper often saved with another one: its similarity and how many readers saved both. */
  record Neighbour(String paperId, double sim, int readers) {}

  private final String[] ids;
  private final Map<String, Integer> index;
  private final int[] start; // neighbours of paper p: start[p] until start[p + 1]
  private final int[] paper;
  private final float[] sim;
  private final int[] count;
  private final int readers;
  private final int minReaders;

  private CoSaveModel(
      String[] ids,
      Map<String, Integer> index,
      int[][] lists,
      float[][] sims,
      int[][] counts,
      int readers,
      int minReaders) {
    this.ids = ids;
    this.index = index;
    this.readers = readers;
    this.minReaders = minReaders;
    start = new int[ids.length + 1];
    for (int p = 0; p < ids.length; p++) {
      start[p + 1] = start[p] + (lists[p] == null ? 0 : lists[p].length);
    }
    paper = new int[start[ids.length]];
    sim = new float[paper.length];
    count = new int[paper.length];
    for (int p = 0; p < ids.length; p++) {
      if (lists[p] != null) {
        System.arraycopy(lists[p], 0, paper, start[p], lists[p].length);
        System.arraycopy(sims[p], 0, sim, start[p], lists[p].length);
        System.arraycopy(counts[p], 0, count, start[p], lists[p].length);
      }
    }
  }

  /**
   * Builds the model from every reader's saved papers (each list one reader's, newest first, no
   * paper twice), on every core.
   */
  static CoSaveModel build(List<List<String>> libraries, int minReaders) {
    if (minReaders < 1) {
      throw new IllegalArgumentException("the minimum of readers must be at least 1");
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[][] lib = new int[libraries.size()][];
    for (int u = 0; u < lib.length; u++) {
      List<String> l = libraries.get(u);
      int[] a = new int[Math.min(MAX_PER_READER, l.size())];
      for (int k = 0; k < a.length; k++) {
        a[k] =
            index.computeIfAbsent(
                l.get(k),
                id -> {
                  names.add(id);
                  return names.size() - 1;
                });
      }
      lib[u] = a;
    }
    int n = names.size();
    int[] saves = new int[n];
    for (int[] a : lib) {
      for (int p : a) {
        saves[p]++;
      }
    }
    int[][] by = CoSaveCounting.readersOf(lib, saves);
    int[][] lists = new int[n][];
    float[][] sims = new float[n][];
    int[][] counts = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .filter(p -> saves[p] >= minReaders)
        .forEach(
            p -> {
              CoSaveCounting.Top top =
                  CoSaveCounting.neighbours(p, lib, by, saves, minReaders, NEIGHBOURS, SHRINK);
              lists[p] = top.papers();
              sims[p] = top.sims();
              counts[p] = top.counts();
            });
    return new CoSaveModel(
        names.toArray(String[]::new), index, lists, sims, counts, lib.length, minReaders);
  }

  int readers() {
    return readers;
  }

  int minReaders() {
    return minReaders;
  }

  /** How many papers have at least one neighbour. */
  long papersWithNeighbours() {
    return IntStream.range(0, ids.length).filter(p -> start[p + 1] > start[p]).count();
  }

  long pairs() {
    return paper.length;
  }

  /** The paper's neighbours, most similar first (none when no pair reaches the minimum). */
  List<Neighbour> neighbours(String paperId, int limit) {
    Integer p = index.get(paperId);
    if (p == null) {
      return List.of();
    }
    List<Neighbour> out = new ArrayList<>();
    for (int k = start[p]; k < start[p + 1] && out.size() < limit; k++) {
      out.add(new Neighbour(ids[paper[k]], sim[k], count[k]));
    }
    return out;
  }

  /** A paper's co-save score for a person, and the saved paper that gave most of it. */
  record Score(double value, String because, int readers) {}

  /**
   * The co-save scores for someone who saved these papers: for each paper a neighbour of any of
   * them, the sum of its similarities to them. Papers in {@code saved} are left out.
   */
  Map<String, Score> scores(List<String> saved) {
    Map<Integer, double[]> acc = new HashMap<>(); // value, best sim, best saved paper, its readers
    int[] mine = saved.stream().map(index::get).filter(i -> i != null).mapToInt(i -> i).toArray();
    Arrays.sort(mine);
    for (int i : mine) {
      for (int k = start[i]; k < start[i + 1]; k++) {
        if (Arrays.binarySearch(mine, paper[k]) >= 0) {
          continue;
        }
        double[] a = acc.computeIfAbsent(paper[k], x -> new double[] {0, -1, -1, 0});
        a[0] += sim[k];
        if (sim[k] > a[1]) {
          a[1] = sim[k];
          a[2] = i;
          a[3] = count[k];
        }
      }
    }
    Map<String, Score> out = new HashMap<>();
    acc.forEach((p, a) -> out.put(ids[p], new Score(a[0], ids[(int) a[2]], (int) a[3])));
    return out;
  }
}
