/**
 * The one scheduler of {@code serve}: named background jobs on JDK executors, each with its period,
 * last run, duration, error and next run, written out for {@code stats} and {@code /healthz}, and
 * stopped in order. Layer: core; it calls no feature.
 */
package org.paperboy.jobs;
