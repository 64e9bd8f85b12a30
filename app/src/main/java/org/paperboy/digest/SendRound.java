package org.paperboy.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.paperboy.mail.MailMessage;

/**
 * One round of sending: a thread composes claimed digests ahead while one thread per SMTP
 * connection hands them to the server, so its answers are never waited for with nothing else to do.
 * The first failure stops the round: no new digest is taken, those being sent finish, and the
 * failure is thrown. What was composed but not sent stays claimed until its lease ends.
 */
final class SendRound {
  /** A claimed row with its composed mail, or nothing to send (message null). */
  record Ready(Outbox.Row row, String email, MailMessage message, int papers) {}

  enum Outcome {
    SENT,
    SKIPPED,
    RETRY,
    FAILED
  }

  /** What a round did. */
  record Counts(int sent, int skipped, int retried, int failed) {
    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(Outcome o) {
      return new Counts(
          sent + (o == Outcome.SENT ? 1 : 0),
          skipped + (o == Outcome.SKIPPED ? 1 : 0),
          retried + (o == Outcome.RETRY ? 1 : 0),
          failed + (o == Outcome.FAILED ? 1 : 0));
    }

    Counts plus(Counts o) {
      return new Counts(sent + o.sent, skipped + o.skipped, retried + o.retried, failed + o.failed);
    }

    boolean any() {
      return sent + skipped + retried + failed > 0;
    }
  }

  /** Claims and composes the next digests; an empty list when none is left. */
  interface Batches extends AutoCloseable {
    List<Ready> next();

    @Override
    void close();
  }

  /** Sends one composed digest (or records that there was nothing to send). */
  interface Delivery {
    Outcome deliver(Ready ready);
  }

  private static final long POLL_MILLIS = 20;

  private final BlockingQueue<Ready> queue;
  private final AtomicBoolean composing = new AtomicBoolean(true);
  private final AtomicBoolean stop = new AtomicBoolean();

  private SendRound(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** Runs a round on {@code connections} sending threads and returns what they did. */
  static Counts run(Batches batches, Delivery delivery, int connections, int aheadOfSending) {
    SendRound round = new SendRound(aheadOfSending);
    ExecutorService threads =
        Executors.newFixedThreadPool(
            connections + 1, Thread.ofPlatform().name("paperboy-digest-", 0).factory());
    ExecutorCompletionService<Counts> tasks = new ExecutorCompletionService<>(threads);
    tasks.submit(() -> round.compose(batches));
    for (int i = 0; i < connections; i++) {
      tasks.submit(() -> round.send(delivery));
    }
    Counts total = Counts.NONE;
    List<Throwable> failures = new ArrayList<>();
    try {
      for (int i = 0; i < connections + 1; i++) {
        try {
          total = total.plus(tasks.take().get());
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      round.stop.set(true); // each thread finishes the digest it holds and takes no other
      Thread.currentThread().interrupt();
    } finally {
      threads.shutdown();
    }
    if (!failures.isEmpty()) {
      Throwable first = failures.getFirst();
      throw first instanceof RuntimeException r ? r : new IllegalStateException(first);
    }
    return total;
  }

  private Counts compose(Batches batches) throws InterruptedException {
    try (batches) {
      return composeAll(batches);
    } catch (RuntimeException e) {
      stop.set(true); // the senders finish the digest they hold and take no other
      throw e;
    } finally {
      composing.set(false); // after the last offer: an empty queue now means all was taken
    }
  }

  private Counts composeAll(Batches batches) throws InterruptedException {
    List<Ready> batch;
    while (!stop.get() && !(batch = batches.next()).isEmpty()) {
      for (Ready r : batch) {
        while (!queue.offer(r, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
          if (stop.get()) {
            return Counts.NONE;
          }
        }
      }
    }
    return Counts.NONE;
  }

  private Counts send(Delivery delivery) throws InterruptedException {
    Counts counts = Counts.NONE;
    while (!stop.get()) {
      Ready r = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      if (r != null) {
        try {
          counts = counts.plus(delivery.deliver(r));
        } catch (RuntimeException e) {
          stop.set(true); // the other connections finish the digest they hold and take no other
          throw e;
        }
      } else if (!composing.get() && queue.isEmpty()) {
        break;
      }
    }
    return counts;
  }
}
