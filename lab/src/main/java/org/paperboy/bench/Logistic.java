package org.paperboy.bench;

import org.apache.lucene.util.VectorUtil;
import org.paperboy.recommend.ProfileMethod;

/**
 * A per-person L2-regularised logistic regression on the whitened vectors (as Scholar Inbox trains
 * one per user), the lab's {@code logreg} candidates ({@link LogisticMethod}): the saved papers are
 * the positives, random stored papers (and the dismissed ones) the negatives. Minimises {@code sum
 * log(1 + exp(-y (w.x + b))) + lambda/2 |w|^2} (the bias not regularised) with L-BFGS; 384
 * dimensions and a few hundred examples converge in a few dozen steps, well under a millisecond of
 * work per step.
 */
final class Logistic {
  /** The L2 weight (scikit-learn's C = 1 / LAMBDA). */
  static final double LAMBDA = 1.0;

  /** Random negatives drawn per saved paper. */
  static final int NEGATIVES = 10;

  /** Random stored papers the scores' scales are measured on. */
  static final int REFERENCE = 300;

  static final int MAX_STEPS = 60;
  private static final int HISTORY = 6;

  private Logistic() {}

  /** The trained weights: a paper's score is {@code w.x + b}, its log-odds. */
  record Weights(float[] w, float bias) {
    double score(float[] v) {
      return VectorUtil.dotProduct(w, v) + bias;
    }
  }

  /**
   * The regression trained on the profile's saved papers against {@code negatives} and its
   * dismissed ones, with the scales of the blend's and the regression's scores measured on {@code
   * reference}, other random stored papers.
   */
  static Learnt learn(
      float[][] liked,
      float[][] disliked,
      float[][] negatives,
      float[][] reference,
      ProfileMethod.Scoring blend) {
    float[][] neg = new float[negatives.length + disliked.length][];
    System.arraycopy(negatives, 0, neg, 0, negatives.length);
    System.arraycopy(disliked, 0, neg, negatives.length, disliked.length);
    Weights w = train(liked, neg, LAMBDA);
    double[] b = new double[reference.length];
    double[] l = new double[reference.length];
    for (int i = 0; i < reference.length; i++) {
      b[i] = blend.score(reference[i]);
      l[i] = w.score(reference[i]);
    }
    return new Learnt(w, mean(b), spread(b), mean(l), spread(l));
  }

  /**
   * What is trained for a profile: the weights, and where the blend's and the regression's scores
   * of random stored papers lie (mean and spread), to put both on one scale.
   */
  record Learnt(Weights weights, float blendMean, float blendSd, float lrMean, float lrSd) {
    double z(double blend, double lr) {
      return (blend - blendMean) / blendSd + (lr - lrMean) / lrSd;
    }
  }

  private static float mean(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x;
    }
    return (float) (s / Math.max(1, a.length));
  }

  private static float spread(double[] a) {
    double m = mean(a);
    double s = 0;
    for (double x : a) {
      s += (x - m) * (x - m);
    }
    return (float) Math.max(1e-6, Math.sqrt(s / Math.max(1, a.length - 1)));
  }

  /** Trains on the positives and negatives (unit vectors of one dimension). */
  static Weights train(float[][] pos, float[][] neg, double lambda) {
    int d = pos[0].length;
    float[][] x = new float[pos.length + neg.length][];
    System.arraycopy(pos, 0, x, 0, pos.length);
    System.arraycopy(neg, 0, x, pos.length, neg.length);
    Objective f = new Objective(x, pos.length, lambda, d);
    double[] p = new double[d + 1];
    double[] g = new double[d + 1];
    double loss = f.eval(p, g);
    double[][] s = new double[HISTORY][];
    double[][] y = new double[HISTORY][];
    double[] rho = new double[HISTORY];
    int stored = 0;
    for (int step = 0; step < MAX_STEPS; step++) {
      double gnorm = Math.sqrt(dot(g, g));
      if (gnorm < 1e-5 * Math.max(1, x.length)) {
        break;
      }
      // two-loop recursion: direction = -H g
      double[] q = g.clone();
      double[] alpha = new double[HISTORY];
      for (int k = stored - 1; k >= 0; k--) {
        int i = k % HISTORY;
        alpha[i] = rho[i] * dot(s[i], q);
        axpy(-alpha[i], y[i], q);
      }
      double scale =
          stored == 0
              ? 1 / gnorm
              : dot(s[(stored - 1) % HISTORY], y[(stored - 1) % HISTORY])
                  / dot(y[(stored - 1) % HISTORY], y[(stored - 1) % HISTORY]);
      for (int i = 0; i < q.length; i++) {
        q[i] *= scale;
      }
      for (int k = Math.max(0, stored - HISTORY); k < stored; k++) {
        int i = k % HISTORY;
        double beta = rho[i] * dot(y[i], q);
        axpy(alpha[i] - beta, s[i], q);
      }
      double slope = -dot(g, q);
      if (slope >= 0) {
        break; // not a descent direction: converged as far as doubles tell
      }
      // backtracking until the loss falls enough (Armijo)
      double t = 1;
      double[] next = new double[d + 1];
      double[] gNext = new double[d + 1];
      double lossNext;
      int tries = 0;
      while (true) {
        for (int i = 0; i < p.length; i++) {
          next[i] = p[i] - t * q[i];
        }
        lossNext = f.eval(next, gNext);
        if (lossNext <= loss + 1e-4 * t * slope || ++tries > 20) {
          break;
        }
        t /= 2;
      }
      int i = stored % HISTORY;
      s[i] = new double[d + 1];
      y[i] = new double[d + 1];
      for (int j = 0; j < p.length; j++) {
        s[i][j] = next[j] - p[j];
        y[i][j] = gNext[j] - g[j];
      }
      double sy = dot(s[i], y[i]);
      boolean small = loss - lossNext < 1e-7 * Math.max(1, Math.abs(loss));
      p = next;
      g = gNext;
      loss = lossNext;
      if (sy > 1e-12) {
        rho[i] = 1 / sy;
        stored++;
      }
      if (small) {
        break;
      }
    }
    float[] w = new float[d];
    for (int i = 0; i < d; i++) {
      w[i] = (float) p[i];
    }
    return new Weights(w, (float) p[d]);
  }

  /**
   * The regularised log loss and its gradient over the examples (the first {@code pos} positive).
   */
  private record Objective(float[][] x, int pos, double lambda, int d) {
    double eval(double[] p, double[] grad) {
      float[] w = new float[d];
      for (int i = 0; i < d; i++) {
        w[i] = (float) p[i];
      }
      double b = p[d];
      float[] gw = new float[d];
      double gb = 0;
      double loss = 0;
      for (int n = 0; n < x.length; n++) {
        double z = VectorUtil.dotProduct(w, x[n]) + b;
        double yz = n < pos ? z : -z;
        // log(1 + exp(-yz)), stable on both sides
        loss += yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz));
        double sig = 1 / (1 + Math.exp(-z));
        float c = (float) (sig - (n < pos ? 1 : 0));
        gb += c;
        float[] v = x[n];
        for (int i = 0; i < d; i++) {
          gw[i] += c * v[i];
        }
      }
      double reg = 0;
      for (int i = 0; i < d; i++) {
        reg += p[i] * p[i];
        grad[i] = gw[i] + lambda * p[i];
      }
      grad[d] = gb;
      return loss + lambda / 2 * reg;
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
