/**
 * Benchmark and evaluation programs reached through {@code paperboy bench}: synthetic data,
 * stand-in embedders, TREC scoring and load generators. Layer: face; no feature or core class uses
 * it.
 */
package org.paperboy.bench;
