package org.paperboy.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one body to a webhook: the host checked again first (its DNS may point inside the network
 * by now), no redirects followed, at most 64 KB of the answer read, 10 seconds in all. Generic
 * webhooks get {@code X-Paperboy-Timestamp} and {@code X-Paperboy-Signature: sha256=HEX}, the
 * HMAC-SHA256 of {@code TIMESTAMP.BODY} with the channel's secret.
 */
final class Sender {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final int MAX_ANSWER = 64 * 1024;
  static final List<String> GONE_WORDS =
      List.of("invalid_token", "channel_not_found", "channel_is_archived", "no_service", "no_team");

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          // HTTP/1.1: every platform takes it, and plain http (intranets) never tries an h2c
          // upgrade, which some receivers leave unanswered
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .build();
  private final boolean allowPrivate;

  Sender(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  Answer post(Channel c, String body, String delivery, Instant now) {
    URI url;
    try {
      url = WebhookUrls.parse(c.kind(), c.url(), allowPrivate);
      WebhookUrls.checkHost(url, allowPrivate);
    } catch (ChannelException e) {
      return new Answer.Gone(e.getMessage());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Paperboy")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (c.kind() == Kind.WEBHOOK) {
      String stamp = Long.toString(now.getEpochSecond());
      request
          .header("X-Paperboy-Timestamp", stamp)
          .header("X-Paperboy-Signature", "sha256=" + sign(c.secret(), stamp, body))
          .header("X-Paperboy-Delivery", delivery);
    }
    CompletableFuture<HttpResponse<byte[]>> sent =
        http.sendAsync(request.build(), info -> new Limited());
    try {
      HttpResponse<byte[]> r = sent.get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
      return judge(
          r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), r.body(), now);
    } catch (TimeoutException e) {
      sent.cancel(true);
      return new Answer.Temporary("no answer within " + TIMEOUT.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new Answer.Temporary(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (InterruptedException e) {
      sent.cancel(true);
      Thread.currentThread().interrupt();
      return new Answer.Temporary("interrupted");
    }
  }

  static Answer judge(int status, String retryAfter, byte[] body, Instant now) {
    String text = new String(body, StandardCharsets.UTF_8);
    String brief = text.length() > 200 ? text.substring(0, 200) : text;
    if (status >= 200 && status < 300) {
      return new Answer.Posted();
    }
    if (status == 429) {
      return new Answer.Wait(retryAfter(retryAfter, text, now));
    }
    if (status >= 500) {
      return new Answer.Temporary("HTTP " + status + " " + brief.strip());
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (status == 401
        || status == 403
        || status == 404
        || status == 410
        || GONE_WORDS.stream().anyMatch(lower::contains)) {
      return new Answer.Gone("HTTP " + status + " " + brief.strip());
    }
    return new Answer.Refused("HTTP " + status + " " + brief.strip());
  }

  /** Retry-After in seconds or as a date, else {@code retry_after} in the JSON body (seconds). */
  static Duration retryAfter(String header, String body, Instant now) {
    if (header != null) {
      try {
        return Duration.ofMillis((long) (Double.parseDouble(header.strip()) * 1000));
      } catch (NumberFormatException e) {
        try {
          Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.strip(), Instant::from);
          return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException ignored) {
          // fall through to the body
        }
      }
    }
    try {
      var node = Bodies.JSON.readTree(body);
      if (node != null && node.path("retry_after").isNumber()) {
        return Duration.ofMillis((long) (node.path("retry_after").asDouble() * 1000));
      }
    } catch (IOException ignored) {
      // not JSON
    }
    return Duration.ofSeconds(30);
  }

  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HMAC-SHA256", e);
    }
  }

  /** Keeps the first 64 KB of an answer and drops the rest. */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<byte[]> getBody() {
      return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer b : buffers) {
        int n = Math.min(b.remaining(), MAX_ANSWER - bytes.size());
        byte[] chunk = new byte[n];
        b.get(chunk);
        bytes.write(chunk, 0, n);
      }
      if (bytes.size() >= MAX_ANSWER) {
        subscription.cancel();
        done.complete(bytes.toByteArray());
      }
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(bytes.toByteArray());
    }
  }
}
