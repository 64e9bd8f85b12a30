package org.paperboy.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.paperboy.search.Embedder;

/**
 * A cheap stand-in for embedding a million synthetic papers with the real model (which would take
 * about 14 hours on two cores). Each text maps, by its hash, to one of a few thousand anchor
 * vectors (real embeddings of the demo abstracts) plus Gaussian noise: the cloud keeps the geometry
 * of real embeddings (clusters of related papers, the model's anisotropy) at any size. Queries go
 * through the real model, so query latency is real too.
 */
final class StandInEmbedder implements Embedder {
  /** Norm of the noise added to a unit anchor: a copy keeps a cosine of about 0.78 with it. */
  static final double NOISE = 0.8;

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
    float[] anchor = anchors[r.nextInt(anchors.length)];
    float[] v = new float[anchor.length];
    double sigma = NOISE / Math.sqrt(anchor.length);
    double norm = 0;
    for (int j = 0; j < v.length; j++) {
      v[j] = (float) (anchor[j] + sigma * r.nextGaussian());
      norm += v[j] * v[j];
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < v.length; j++) {
      v[j] *= inv;
    }
    return v;
  }
}
