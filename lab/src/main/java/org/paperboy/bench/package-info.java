/**
 * The lab's benchmark and evaluation programs, run through {@link org.paperboy.bench.Lab} ({@code
 * lab/run COMMAND}): synthetic data, stand-in embedders, TREC scoring and load generators. Built on
 * the product's public faces and never shipped in {@code target/paperboy.jar}.
 */
package org.paperboy.bench;
