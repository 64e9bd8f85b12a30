package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paperboy.digest.SendRound.Outcome;
import org.paperboy.digest.SendRound.Ready;

class SendRoundTest {
  static Ready ready(int i) {
    Instant t = Instant.parse("2026-11-30T00:00:00Z");
    return new Ready(
        new Outbox.Row("s" + i, LocalDate.of(2026, 11, 30), t, t, 0),
        "r" + i + "@lab.org",
        null,
        0);
  }

  /** Batches of {@code size} rows, {@code count} of them, then a failure or the end. */
  static SendRound.Batches batches(int count, int size, RuntimeException then) {
    AtomicInteger made = new AtomicInteger();
    return new SendRound.Batches() {
      @Override
      public List<Ready> next() {
        int b = made.getAndIncrement();
        if (b == count && then != null) {
          throw then;
        }
        List<Ready> out = new ArrayList<>();
        for (int i = 0; b < count && i < size; i++) {
          out.add(ready(b * size + i));
        }
        return out;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void everyComposedDigestIsDeliveredOnceAcrossConnectionsAndCounted() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger twice = new AtomicInteger();
    SendRound.Counts counts =
        SendRound.run(
            batches(10, 50, null),
            r -> {
              if (!seen.add(r.email())) {
                twice.incrementAndGet();
              }
              return r.row().subscriberId().hashCode() % 2 == 0 ? Outcome.SENT : Outcome.RETRY;
            },
            3,
            8);
    assertThat(seen).hasSize(500);
    assertThat(twice).hasValue(0);
    assertThat(counts.sent() + counts.retried()).isEqualTo(500);
    assertThat(counts.skipped() + counts.failed()).isZero();
  }

  @Test
  void aFailureWhileComposingEndsTheRoundWithThatFailureAfterWhatWasComposed() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IllegalStateException boom = new IllegalStateException("database gone");
    assertThatThrownBy(
            () ->
                SendRound.run(
                    batches(2, 5, boom),
                    r -> {
                      seen.add(r.email());
                      return Outcome.SENT;
                    },
                    2,
                    100))
        .isSameAs(boom);
    assertThat(seen.size()).isLessThanOrEqualTo(10);
  }

  @Test
  void aFailureWhileSendingStopsTheOtherConnectionsFromTakingMore() {
    AtomicInteger delivered = new AtomicInteger();
    IllegalStateException boom = new IllegalStateException("outbox write failed");
    assertThatThrownBy(
            () ->
                SendRound.run(
                    batches(1_000, 50, null),
                    r -> {
                      if (delivered.incrementAndGet() == 3) {
                        throw boom;
                      }
                      return Outcome.SENT;
                    },
                    2,
                    4))
        .isSameAs(boom);
    assertThat(delivered.get())
        .as("the failing one and at most one in flight")
        .isLessThanOrEqualTo(4);
  }
}
