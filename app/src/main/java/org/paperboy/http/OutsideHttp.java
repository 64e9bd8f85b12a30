package org.paperboy.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * The one client for outside services, on {@link HttpClient}: a connect timeout, a timeout for the
 * whole request body included, a polite gap between one call's end and the next one's start, bodies
 * cut at a limit, gzip read. {@link #send} makes one call; {@link #fetch} retries it (see {@link
 * Retrying}). The gap is kept between calls made one after another (a source's calls); calls made
 * at once from several threads (the embeddings endpoint's) go at once.
 */
public final class OutsideHttp {
  /**
   * How calls go.
   *
   * @param userAgent sent as {@code User-Agent}; null sends the JDK's
   * @param timeout per call, the whole answer included (a request may ask for less)
   * @param pace the least time between one call's end and the next one's start
   * @param maxBody the most bytes of an answer read
   * @param webhook no redirects, HTTP/1.1 only, the answer cut (not failed) at {@code maxBody}, and
   *     half a second of grace past the timeout for the whole answer
   */
  public record Settings(
      String userAgent,
      Duration connectTimeout,
      Duration timeout,
      Duration pace,
      int maxBody,
      Mode mode) {}

  /** How a client treats redirects, and the webhooks' other ways. */
  public enum Mode {
    /** Redirects followed: the sources ingest and signals read. */
    FOLLOW,
    /** Redirects answered as they come, not followed: the embeddings endpoint. */
    STAY,
    /**
     * No redirects, HTTP/1.1 only, the answer cut (not failed) at {@code maxBody}, and half a
     * second of grace past the timeout for the whole answer: chat webhooks.
     */
    WEBHOOK
  }

  /** No whole answer came within the call's timeout. */
  public static final class NoWholeAnswer extends IOException {
    NoWholeAnswer(Duration within) {
      super("no whole answer within " + within.toSeconds() + " s");
    }
  }

  final Settings settings;
  final Clock clock;
  private HttpClient client; // made at the first call: a reader that never calls makes none
  private long lastEnd; // System.nanoTime() at the end of the last call, 0 before the first

  public OutsideHttp(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** A request to {@code url} with this client's timeout and User-Agent. */
  public HttpRequest.Builder request(String url) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout());
    if (settings.userAgent() != null) {
      b.header("User-Agent", settings.userAgent());
    }
    return b;
  }

  /**
   * Calls retried by {@code policy}; {@code headers} (name, value, ...) go with each of its GETs.
   */
  public Retrying retrying(Retries policy, String... headers) {
    return new Retrying(this, policy, headers);
  }

  /** Whether {@link #send} failed because the answer was larger than the limit. */
  public static boolean tooLarge(IOException e) {
    return e instanceof BoundedBody.TooLarge;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
      switch (settings.mode()) {
        case FOLLOW -> b.followRedirects(HttpClient.Redirect.NORMAL);
        case STAY -> b.followRedirects(HttpClient.Redirect.NEVER);
        // HTTP/1.1: every platform takes it, and plain http (intranets) never tries an h2c
        // upgrade, which some receivers leave unanswered
        case WEBHOOK ->
            b.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
      }
      client = b.build();
    }
    return client;
  }

  private synchronized void ended() {
    lastEnd = System.nanoTime();
  }

  /** Milliseconds the polite gap still asks to wait before the next call. */
  synchronized long paceLeft() {
    if (lastEnd == 0) {
      return 0;
    }
    return settings.pace().minusNanos(System.nanoTime() - lastEnd).toMillis();
  }

  /**
   * One call, after the polite gap: the answer whatever its status, or an {@link IOException} (a
   * {@link NoWholeAnswer}, a {@link java.net.http.HttpTimeoutException} when no answer began in
   * time, too large a body, a reset...).
   */
  public Reply send(HttpRequest request) throws IOException {
    pause(paceLeft());
    Duration within = request.timeout().orElse(settings.timeout());
    boolean webhook = settings.mode() == Mode.WEBHOOK;
    long grace = webhook ? 500 : 0;
    CompletableFuture<HttpResponse<byte[]>> call = null;
    try {
      call = client().sendAsync(request, info -> new BoundedBody(settings.maxBody(), webhook));
      HttpResponse<byte[]> r = call.get(within.toMillis() + grace, TimeUnit.MILLISECONDS);
      return new Reply(r.statusCode(), r.headers(), decoded(r));
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new NoWholeAnswer(within);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw cause instanceof IOException io ? io : new IOException(cause);
    } catch (InterruptedException e) {
      if (call != null) {
        call.cancel(true);
      }
      Thread.currentThread().interrupt();
      throw interrupted(e);
    } finally {
      ended();
    }
  }

  private byte[] decoded(HttpResponse<byte[]> r) throws IOException {
    boolean gzip =
        r.headers()
            .firstValue("Content-Encoding")
            .map(v -> v.equalsIgnoreCase("gzip"))
            .orElse(false);
    if (!gzip) {
      return r.body();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      byte[] bytes = in.readNBytes(settings.maxBody() + 1);
      if (bytes.length > settings.maxBody()) {
        throw new BoundedBody.TooLarge(settings.maxBody());
      }
      return bytes;
    }
  }

  static void pause(long millis) throws InterruptedIOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(e);
    }
  }

  private static InterruptedIOException interrupted(InterruptedException e) {
    InterruptedIOException io = new InterruptedIOException("interrupted");
    io.initCause(e);
    return io;
  }
}
