package org.paperboy.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.paperboy.search.Embedder;

/**
 * A cheap stand-in for embedding a million synthetic papers with the real model (which would take
 * about 14 hours on two cores). Each text maps, by its hash, to a random mix of three anchor
 * vectors (real embeddings of the demo abstracts: a paper's topics, weighted as a Dirichlet draw)
 * plus a little Gaussian noise, so the cloud keeps the geometry of real embeddings (related papers
 * near each other, few effective dimensions, the model's anisotropy) at any size. Plain noise
 * around anchors would not: isotropic noise in 384 dimensions is the worst case for any
 * nearest-neighbour graph, and real embeddings are nothing like it. Queries go through the real
 * model.
 */
final class StandInEmbedder implements Embedder {
  /** How many topics a paper mixes. */
  static final int TOPICS = 3;

  /** Norm of the noise added. */
  static final double NOISE = 0.15;

  private final float[][] anchors;
  private final Embedder model;

  StandInEmbedder(float[][] anchors, Embedder model) {
    this.anchors = anchors;
    this.model = model;
  }

  @Override
  public String model() {
    return model.model();
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public float[][] embedPassages(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = nearAnchor(texts.get(i));
    }
    return out;
  }

  @Override
  public float[] embedQuery(String query) {
    return model.embedQuery(query);
  }

  private float[] nearAnchor(String text) {
    SplittableRandom r = new SplittableRandom(text.hashCode() * 0x9E3779B97F4A7C15L);
    float[] v = new float[anchors[0].length];
    for (int t = 0; t < TOPICS; t++) {
      float[] topic = anchors[r.nextInt(anchors.length)];
      double weight = -Math.log(1 - r.nextDouble()); // Dirichlet(1, 1, 1) up to scale
      for (int j = 0; j < v.length; j++) {
        v[j] += (float) (weight * topic[j]);
      }
    }
    double sigma = NOISE / Math.sqrt(v.length);
    double norm = 0;
    for (int j = 0; j < v.length; j++) {
      v[j] += (float) (sigma * r.nextGaussian());
      norm += v[j] * v[j];
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < v.length; j++) {
      v[j] *= inv;
    }
    return v;
  }
}
