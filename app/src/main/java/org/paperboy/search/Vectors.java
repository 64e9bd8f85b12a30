package org.paperboy.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small vector helpers: unit length, and the byte form stored in the database. */
public final class Vectors {
  private Vectors() {}

  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float inv = sum == 0 ? 0 : (float) (1 / Math.sqrt(sum));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  public static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  public static float[] fromBytes(byte[] bytes) {
    float[] v = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /** The dot product, with Lucene's SIMD kernels where the JVM offers the Vector API. */
  static float dot(float[] a, float[] b) {
    return org.apache.lucene.util.VectorUtil.dotProduct(a, b);
  }
}
