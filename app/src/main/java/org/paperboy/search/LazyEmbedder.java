package org.paperboy.search;

import java.util.function.Supplier;

/**
 * Makes the embedder on first use: loading a model takes a second and memory keyword search does
 * not need.
 */
final class LazyEmbedder implements Supplier<Embedder> {
  private final Supplier<Embedder> factory;
  private Embedder value;

  LazyEmbedder(Supplier<Embedder> factory) {
    this.factory = factory;
  }

  @Override
  public synchronized Embedder get() {
    if (value == null) {
      value = factory.get();
    }
    return value;
  }

  synchronized void close() {
    if (value != null) {
      value.close();
    }
  }
}
