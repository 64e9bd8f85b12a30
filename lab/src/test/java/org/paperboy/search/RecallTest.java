package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore;

/** The benchmarks' recall tool reads the committed index beside the process that owns it. */
class RecallTest {
  @TempDir Path dir;

  @Test
  void findsEveryExactNeighbourWhenAllowedMoreCandidatesThanThereArePapers() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("paperboy.db"))) {
      PaperStore papers = new PaperStore(db);
      List<org.paperboy.paper.Paper> batch = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        batch.add(EmbedOrderContract.paper("p" + i, EmbedOrderContract.TODAY.minusDays(i)));
      }
      papers.upsert(batch);
      try (Search search =
          new Search(
              db, papers, dir.resolve("index"), "bge-small-en-v1.5", () -> new Random(random))) {
        search.embed(Long.MAX_VALUE, (done, total, rate) -> {});
        List<float[]> queries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          queries.add(Random.unit(random));
        }

        List<Recall.Point> points = Recall.measure(dir.resolve("index"), queries, 10, 5, 1000);

        assertThat(points).extracting(Recall.Point::candidates).containsExactly(5, 1000);
        assertThat(points.get(0).recall()).isBetween(0.0, 1.0);
        assertThat(points.get(1).recall()).isEqualTo(1.0);
      }
    }
  }

  /** Random unit vectors for every paper. */
  private record Random(SplittableRandom random) implements Embedder {
    static float[] unit(SplittableRandom random) {
      float[] v = new float[384];
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) random.nextGaussian();
        norm += v[i] * v[i];
      }
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
      return v;
    }

    @Override
    public String model() {
      return "bge-small-en-v1.5";
    }

    @Override
    public int dimensions() {
      return 384;
    }

    @Override
    public float[][] embedPassages(List<String> texts) {
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = unit(random);
      }
      return out;
    }

    @Override
    public float[] embedQuery(String query) {
      return unit(random);
    }
  }
}
