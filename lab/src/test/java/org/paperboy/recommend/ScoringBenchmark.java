package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The scoring part of the digest's "For you" benchmark, run by hand: PEOPLE stored models of 50
 * papers (decoded from their stored bytes, as read from the database) against a day of 1,000 new
 * papers, on the common pool (2 cores here). Leaves out the database reads.
 *
 * <p>{@code java -cp target/classes:target/test-classes:LUCENE_CORE_JAR --add-modules
 * jdk.incubator.vector org.paperboy.recommend.ScoringBenchmark [PEOPLE]}
 */
public final class ScoringBenchmark {
  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Random r = new Random(1);
    List<byte[]> stored = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      List<String> ids = new ArrayList<>();
      List<float[]> vs = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        ids.add("2611." + p + "." + i);
        vs.add(random(r));
      }
      stored.add(Model.of(ids, vs, List.of(), List.of()).toBytes());
    }
    float[][] day = new float[1000][];
    for (int i = 0; i < day.length; i++) {
      day[i] = random(r);
    }
    Scorer scorer = new Scorer(Scorer.Method.BLEND);
    for (int round = 0; round < 3; round++) {
      AtomicLong passed = new AtomicLong();
      long start = System.nanoTime();
      IntStream.range(0, people)
          .parallel()
          .forEach(
              p -> {
                Model m = Model.fromBytes(stored.get(p));
                int n = 0;
                for (float[] v : day) {
                  if (scorer.score(m, v).value() >= Recommendations.THRESHOLD) {
                    n++;
                  }
                }
                passed.addAndGet(n);
              });
      System.out.printf(
          "%,d people x %,d papers: %.1f s (%d over the threshold)%n",
          people, day.length, (System.nanoTime() - start) / 1e9, passed.get());
    }
  }

  private static float[] random(Random r) {
    float[] v = new float[384];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return Model.unit(v);
  }
}
