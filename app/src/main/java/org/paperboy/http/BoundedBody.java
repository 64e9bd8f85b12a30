package org.paperboy.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer's body read up to a limit, so that a source that sends a gigabyte costs the limit, not
 * the heap: past it the download is cancelled and the answer either fails ({@link TooLarge}) or,
 * when {@code keepFirst}, ends with the bytes kept so far.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** A body past the client's limit. */
  static final class TooLarge extends IOException {
    TooLarge(int limit) {
      super("answer larger than " + limit + " bytes");
    }
  }

  private final int limit;
  private final boolean keepFirst;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  BoundedBody(int limit, boolean keepFirst) {
    this.limit = limit;
    this.keepFirst = keepFirst;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      int room = limit - bytes.size();
      if (b.remaining() > room) {
        subscription.cancel();
        if (keepFirst) {
          byte[] chunk = new byte[room];
          b.get(chunk);
          bytes.writeBytes(chunk);
          body.complete(bytes.toByteArray());
        } else {
          body.completeExceptionally(new TooLarge(limit));
        }
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }
}
