/**
 * The lab's benchmark and evaluation programs, run through {@link org.paperboy.bench.Lab} ({@code
 * lab/run COMMAND}): synthetic data, stand-in embedders, TREC scoring, load generators, and the
 * recommendation candidates that are not shipped ({@link org.paperboy.bench.Candidates}). Built on
 * the product's public faces and never shipped in {@code target/paperboy.jar}.
 */
package org.paperboy.bench;
