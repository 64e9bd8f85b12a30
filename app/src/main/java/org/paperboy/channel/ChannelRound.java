package org.paperboy.channel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * One round of posting: claims a batch of due posts, composes them on this thread (the composer
 * shares work between channels), and delivers them on {@link #SENDERS} threads, so that a slow or
 * hanging receiver holds up one thread, not the others; then the next batch, until none is due.
 */
final class ChannelRound {
  static final int BATCH = 50;
  static final int SENDERS = 8;

  /** Makes a claimed row ready to deliver. */
  interface Composing {
    Delivery.Ready ready(PostComposer composer, PostOutbox.Row row);
  }

  private final PostOutbox outbox;
  private final Supplier<PostComposer> composers;
  private final Composing composing;
  private final Delivery delivery;
  private final Clock clock;

  ChannelRound(
      PostOutbox outbox,
      Supplier<PostComposer> composers,
      Composing composing,
      Delivery delivery,
      Clock clock) {
    this.outbox = outbox;
    this.composers = composers;
    this.composing = composing;
    this.delivery = delivery;
    this.clock = clock;
  }

  Channels.Report run() {
    int[] counts = new int[Delivery.Outcome.values().length];
    ExecutorService threads =
        Executors.newFixedThreadPool(
            SENDERS, Thread.ofPlatform().daemon().name("paperboy-channel-", 0).factory());
    PostComposer composer = null; // made on the first batch: a round with nothing due loads nothing
    try {
      List<PostOutbox.Row> batch;
      while (!(batch = outbox.claim(clock.instant(), BATCH)).isEmpty()) {
        composer = composer == null ? composers.get() : composer;
        List<Future<Delivery.Outcome>> sent = new ArrayList<>();
        for (PostOutbox.Row row : batch) {
          Delivery.Ready r = composing.ready(composer, row);
          sent.add(threads.submit(() -> delivery.deliver(r)));
        }
        for (Future<Delivery.Outcome> f : sent) {
          counts[f.get().ordinal()]++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      threads.shutdown();
      if (composer != null) {
        composer.close();
      }
    }
    return new Channels.Report(
        0,
        counts[Delivery.Outcome.SENT.ordinal()],
        counts[Delivery.Outcome.SKIPPED.ordinal()],
        counts[Delivery.Outcome.RETRY.ordinal()],
        counts[Delivery.Outcome.FAILED.ordinal()]);
  }
}
