package org.paperboy.recommend;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's model: their saved papers (newest first) and dismissed ones as vectors in the whitened
 * {@link Space}, and the centroid of the saved ones. Small (a 50-paper library is 40 KB at half
 * precision) and stored in the database; trained again when the library changes.
 */
record Model(
    List<String> likedIds,
    float[][] liked,
    float[] centroid,
    List<String> dislikedIds,
    float[][] disliked) {
  /** The most saved papers a model keeps: the newest. */
  static final int MAX_LIKED = 300;

  static final int MAX_DISLIKED = 100;

  /** Builds the model from the whitened vectors of the saved and dismissed papers, newest first. */
  static Model of(
      List<String> likedIds,
      List<float[]> liked,
      List<String> dislikedIds,
      List<float[]> disliked) {
    int n = Math.min(MAX_LIKED, liked.size());
    int dim = liked.isEmpty() ? 0 : liked.get(0).length;
    float[] c = new float[dim];
    for (int i = 0; i < n; i++) {
      float[] v = liked.get(i);
      for (int j = 0; j < dim; j++) {
        c[j] += v[j];
      }
    }
    int m = Math.min(MAX_DISLIKED, disliked.size());
    return new Model(
        List.copyOf(likedIds.subList(0, n)),
        liked.subList(0, n).toArray(float[][]::new),
        unit(c),
        List.copyOf(dislikedIds.subList(0, m)),
        disliked.subList(0, m).toArray(float[][]::new));
  }

  static float[] unit(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }

  byte[] toBytes() {
    int dim = centroid.length;
    List<byte[]> ids = new ArrayList<>();
    int size = 12;
    for (String id : likedIds) {
      ids.add(id.getBytes(StandardCharsets.UTF_8));
    }
    for (String id : dislikedIds) {
      ids.add(id.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] id : ids) {
      size += 2 + id.length + dim * 2;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(dim).putInt(likedIds.size()).putInt(dislikedIds.size());
    int i = 0;
    for (float[] v : concat(liked, disliked)) {
      byte[] id = ids.get(i++);
      b.putShort((short) id.length).put(id);
      for (float x : v) {
        b.putShort(Float.floatToFloat16(x));
      }
    }
    return b.array();
  }

  static Model fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int dim = b.getInt();
    int nl = b.getInt();
    int nd = b.getInt();
    List<String> ids = new ArrayList<>();
    List<float[]> vs = new ArrayList<>();
    for (int i = 0; i < nl + nd; i++) {
      byte[] id = new byte[b.getShort()];
      b.get(id);
      ids.add(new String(id, StandardCharsets.UTF_8));
      float[] v = new float[dim];
      for (int j = 0; j < dim; j++) {
        v[j] = Float.float16ToFloat(b.getShort());
      }
      vs.add(v);
    }
    return of(
        ids.subList(0, nl), vs.subList(0, nl), ids.subList(nl, nl + nd), vs.subList(nl, nl + nd));
  }

  private static List<float[]> concat(float[][] a, float[][] b) {
    List<float[]> out = new ArrayList<>(List.of(a));
    out.addAll(List.of(b));
    return out;
  }

  boolean coldStart() {
    return likedIds.size() < Recommendations.MIN_SAVED;
  }
}
