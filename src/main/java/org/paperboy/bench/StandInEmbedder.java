package org.paperboy.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.paperboy.search.Embedder;

/**
 * A cheap stand-in for the real model in the 1M-paper search benchmark: each word gets a fixed
 * pseudo-random direction and a text is the normalised sum of its words' directions (a random
 * projection of its bag of words). Vectors of similar texts are near each other, as real ones are,
 * at a tiny fraction of the cost. Not for search quality: only for index size, speed and HNSW
 * recall.
 */
final class StandInEmbedder implements Embedder {
  static final int DIMENSIONS = 384;
  private final Map<String, float[]> directions = new HashMap<>();

  @Override
  public String model() {
    return "bge-small-en-v1.5";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public synchronized float[][] embedPassages(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embed(texts.get(i));
    }
    return out;
  }

  @Override
  public synchronized float[] embedQuery(String query) {
    return embed(query);
  }

  private float[] embed(String text) {
    float[] v = new float[DIMENSIONS];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() < 3) {
        continue;
      }
      float[] d = directions.computeIfAbsent(word, StandInEmbedder::direction);
      for (int j = 0; j < DIMENSIONS; j++) {
        v[j] += d[j];
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      v[0] = 1;
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < DIMENSIONS; j++) {
      v[j] *= inv;
    }
    return v;
  }

  private static float[] direction(String word) {
    SplittableRandom r = new SplittableRandom(word.hashCode() * 0x9E3779B97F4A7C15L);
    float[] d = new float[DIMENSIONS];
    for (int j = 0; j < DIMENSIONS; j++) {
      d[j] = (float) r.nextGaussian();
    }
    return d;
  }
}
