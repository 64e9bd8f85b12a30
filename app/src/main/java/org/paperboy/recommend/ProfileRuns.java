package org.paperboy.recommend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code recommend --profiles}: reads every stored vector (whitened when the method asks), the
 * other readers' co-saves when given, then ranks the profiles read with the method.
 */
final class ProfileRuns {
  private final Store store;
  private final Models models;
  private final int minReaders;

  /** Where the run goes: the ranked papers on out, progress and rejections on err. */
  record Output(PrintWriter out, PrintWriter err, int limit, boolean json) {}

  ProfileRuns(Store store, Models models, int minReaders) {
    this.store = store;
    this.models = models;
    this.minReaders = minReaders;
  }

  int rank(BufferedReader in, BufferedReader readers, Output o, ProfileMethod method)
      throws IOException {
    PrintWriter err = o.err();
    Space space = method.whitened() ? models.space() : null;
    if (method.whitened() && space == null) {
      throw new IllegalStateException("no embedded papers yet: run `paperboy index embed` first");
    }
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>();
    List<float[]> read = new ArrayList<>();
    store.eachVector(
        (id, v) -> {
          ids.add(id);
          read.add(v);
        });
    float[][] vectors =
        read.parallelStream().map(v -> space == null ? v : space.apply(v)).toArray(float[][]::new);
    err.printf(
        "%,d vectors read and whitened in %.1f s%n", ids.size(), (System.nanoTime() - start) / 1e9);
    CoSaveModel co = null;
    int rejected = 0;
    if (readers != null) {
      Set<String> stored = new HashSet<>(ids);
      ReadersFile.Read r = ReadersFile.read(readers, stored::contains, err);
      rejected = r.clean() ? 0 : 1;
      long built = System.nanoTime();
      co = CoSaveModel.build(r.libraries(), minReaders);
      err.printf(
          "co-saves of %,d readers (pairs of at least %d): %,d papers with neighbours in %.1f s%n",
          co.readers(),
          co.minReaders(),
          co.papersWithNeighbours(),
          (System.nanoTime() - built) / 1e9);
    }
    ProfileRanking ranking = new ProfileRanking(ids, vectors, method, co);
    String tag = "paperboy-" + method.name() + (co == null ? "" : "-cosaves");
    return rejected + ProfileRun.run(ranking, in, o.out(), err, o.limit(), o.json(), tag);
  }
}
