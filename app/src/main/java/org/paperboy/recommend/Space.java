package org.paperboy.recommend;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The embedding space made isotropic: sentence embeddings crowd into a narrow cone where a few
 * directions dominate every cosine. Subtracting the corpus mean and whitening with the (slightly
 * regularised) covariance, {@code x -> L^-1 (x - mean)} with {@code C + eps I = L L^T}, makes the
 * dot product of two papers the Mahalanobis similarity, which on CiteULike lifts nDCG@10 of the
 * nearest-saved-papers ranking from 0.074 to 0.105 (BENCHMARKS.md). Any whitening with {@code W^T W
 * = C^-1} gives the same dot products, so the Cholesky factor serves and no eigensolver is needed.
 */
final class Space {
  /** Regularisation as a share of the mean eigenvalue (trace / n): tuned on the dev set. */
  static final double SHRINK = 0.3;

  private final float[] mean;
  private final double[] lower; // row-major n x n, lower triangle of the Cholesky factor
  private final float[][] inverse; // rows of L^-1: applying it is n SIMD dot products

  private Space(float[] mean, double[] lower) {
    this.mean = mean;
    this.lower = lower;
    this.inverse = invert(lower, mean.length);
  }

  /** The inverse of the lower-triangular factor, by forward substitution on each unit vector. */
  private static float[][] invert(double[] l, int n) {
    double[][] inv = new double[n][n];
    for (int c = 0; c < n; c++) {
      for (int i = c; i < n; i++) {
        double s = i == c ? 1 : 0;
        int row = i * n;
        for (int k = c; k < i; k++) {
          s -= l[row + k] * inv[k][c];
        }
        inv[i][c] = s / l[row + i];
      }
    }
    float[][] out = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        out[i][j] = (float) inv[i][j];
      }
    }
    return out;
  }

  int dimension() {
    return mean.length;
  }

  /** Fits the space to a sample of the corpus's vectors (a few thousand suffice). */
  static Space fit(List<float[]> sample) {
    int n = sample.get(0).length;
    double[] mu = new double[n];
    for (float[] v : sample) {
      for (int i = 0; i < n; i++) {
        mu[i] += v[i];
      }
    }
    for (int i = 0; i < n; i++) {
      mu[i] /= sample.size();
    }
    double[] cov = new double[n * n];
    double[] d = new double[n];
    for (float[] v : sample) {
      for (int i = 0; i < n; i++) {
        d[i] = v[i] - mu[i];
      }
      for (int i = 0; i < n; i++) {
        double di = d[i];
        int row = i * n;
        for (int j = 0; j <= i; j++) {
          cov[row + j] += di * d[j];
        }
      }
    }
    double trace = 0;
    for (int i = 0; i < n; i++) {
      trace += cov[i * n + i] / sample.size();
    }
    // Few samples for the dimension estimate the covariance badly (below n it is singular, and
    // near-copies of one paper would look unrelated once whitened): shrink towards the identity
    // the more, the fewer there are, down to plain mean-centring. From 1,664 samples on (384
    // dimensions) the tuned SHRINK alone applies.
    double few = Math.min(0.999, (double) n / sample.size());
    double eps = Math.max(SHRINK, few / (1 - few)) * trace / n;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        cov[i * n + j] /= sample.size();
      }
      cov[i * n + i] += eps;
    }
    float[] mean = new float[n];
    for (int i = 0; i < n; i++) {
      mean[i] = (float) mu[i];
    }
    return new Space(mean, cholesky(cov, n));
  }

  /** In place: the lower triangle of {@code a} becomes L with a = L L^T. */
  private static double[] cholesky(double[] a, int n) {
    for (int j = 0; j < n; j++) {
      double s = a[j * n + j];
      for (int k = 0; k < j; k++) {
        s -= a[j * n + k] * a[j * n + k];
      }
      double diag = Math.sqrt(Math.max(s, 1e-12));
      a[j * n + j] = diag;
      for (int i = j + 1; i < n; i++) {
        double t = a[i * n + j];
        for (int k = 0; k < j; k++) {
          t -= a[i * n + k] * a[j * n + k];
        }
        a[i * n + j] = t / diag;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        a[i * n + j] = 0;
      }
    }
    return a;
  }

  /** The vector in this space, at unit length. */
  float[] apply(float[] v) {
    int n = mean.length;
    float[] centred = new float[n];
    for (int i = 0; i < n; i++) {
      centred[i] = v[i] - mean[i];
    }
    float[] out = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      out[i] = org.apache.lucene.util.VectorUtil.dotProduct(inverse[i], centred);
      norm += (double) out[i] * out[i];
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < n; i++) {
        out[i] *= inv;
      }
    }
    return out;
  }

  byte[] toBytes() {
    int n = mean.length;
    ByteBuffer b =
        ByteBuffer.allocate(4 + n * 4 + n * (n + 1) / 2 * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(n);
    for (float m : mean) {
      b.putFloat(m);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        b.putDouble(lower[i * n + j]);
      }
    }
    return b.array();
  }

  static Space fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int n = b.getInt();
    float[] mean = new float[n];
    for (int i = 0; i < n; i++) {
      mean[i] = b.getFloat();
    }
    double[] lower = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        lower[i * n + j] = b.getDouble();
      }
    }
    return new Space(mean, lower);
  }
}
