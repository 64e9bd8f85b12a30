package org.paperboy.recommend;

/**
 * The counting inside {@link CoSaveModel#build}: for one paper, walks the libraries of the readers
 * who saved it, counting for every other paper how many of them saved it too (and their weights),
 * in scratch arrays of one thread; then keeps the most similar papers whose count reaches the
 * minimum. The whole build costs Σ |library|² steps over the readers.
 */
final class CoSaveCounting {
  private CoSaveCounting() {}

  /** The most similar papers of one paper, most similar first. */
  record Top(int[] papers, float[] sims, int[] counts) {}

  /** Per thread: counts and weights by paper, and which papers were touched. */
  private static final class Scratch {
    int[] count = new int[0];
    float[] weight = new float[0];
    int[] touched = new int[0];

    void fit(int n) {
      if (count.length < n) {
        count = new int[n];
        weight = new float[n];
        touched = new int[n];
      }
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** For each paper, the readers who saved it (indices into {@code lib}). */
  static int[][] readersOf(int[][] lib, int[] saves) {
    int[][] by = new int[saves.length][];
    int[] fill = new int[saves.length];
    for (int p = 0; p < saves.length; p++) {
      by[p] = new int[saves[p]];
    }
    for (int u = 0; u < lib.length; u++) {
      for (int p : lib[u]) {
        by[p][fill[p]++] = u;
      }
    }
    return by;
  }

  static Top neighbours(
      int p, int[][] lib, int[][] by, int[] saves, int minReaders, int keep, double shrink) {
    Scratch s = SCRATCH.get();
    s.fit(saves.length);
    int touched = 0;
    for (int u : by[p]) {
      float w = (float) (1 / Math.sqrt(lib[u].length));
      for (int q : lib[u]) {
        if (q == p || saves[q] < minReaders) {
          continue;
        }
        if (s.count[q]++ == 0) {
          s.touched[touched++] = q;
        }
        s.weight[q] += w;
      }
    }
    // a bounded min-heap of the best `keep`, by similarity (ties: the lower paper index wins)
    int[] heap = new int[keep];
    float[] heapSim = new float[keep];
    int size = 0;
    for (int t = 0; t < touched; t++) {
      int q = s.touched[t];
      if (s.count[q] >= minReaders) {
        float sim = (float) (s.weight[q] / (Math.sqrt((double) saves[p] * saves[q]) + shrink));
        if (size < keep) {
          heap[size] = q;
          heapSim[size] = sim;
          up(heap, heapSim, size++);
        } else if (worse(heapSim[0], heap[0], sim, q)) {
          heap[0] = q;
          heapSim[0] = sim;
          down(heap, heapSim, size);
        }
      }
    }
    int[] papers = new int[size];
    float[] sims = new float[size];
    int[] counts = new int[size];
    for (int k = size - 1; k >= 0; k--) { // the heap's worst first: fill from the end
      papers[k] = heap[0];
      sims[k] = heapSim[0];
      counts[k] = s.count[heap[0]];
      heap[0] = heap[k];
      heapSim[0] = heapSim[k];
      down(heap, heapSim, k);
    }
    for (int t = 0; t < touched; t++) {
      s.count[s.touched[t]] = 0;
      s.weight[s.touched[t]] = 0;
    }
    return new Top(papers, sims, counts);
  }

  /** Whether (sa, a) ranks below (sb, b). */
  private static boolean worse(float sa, int a, float sb, int b) {
    return sa < sb || (sa == sb && a > b);
  }

  private static void up(int[] h, float[] hs, int k) {
    while (k > 0) {
      int parent = (k - 1) / 2;
      if (!worse(hs[k], h[k], hs[parent], h[parent])) {
        return;
      }
      swap(h, hs, k, parent);
      k = parent;
    }
  }

  private static void down(int[] h, float[] hs, int size) {
    int k = 0;
    while (true) {
      int l = 2 * k + 1;
      int r = l + 1;
      int least = k;
      if (l < size && worse(hs[l], h[l], hs[least], h[least])) {
        least = l;
      }
      if (r < size && worse(hs[r], h[r], hs[least], h[least])) {
        least = r;
      }
      if (least == k) {
        return;
      }
      swap(h, hs, k, least);
      k = least;
    }
  }

  private static void swap(int[] h, float[] hs, int a, int b) {
    int t = h[a];
    h[a] = h[b];
    h[b] = t;
    float f = hs[a];
    hs[a] = hs[b];
    hs[b] = f;
  }
}
