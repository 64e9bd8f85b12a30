package org.paperboy.channel;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.paperboy.config.Signatures;
import org.paperboy.http.OutsideHttp;
import org.paperboy.http.Reply;
import org.paperboy.http.RetryAfter;

/**
 * Posts one body to a webhook: the host checked again first (its DNS may point inside the network
 * by now), no redirects followed, at most 64 KB of the answer read, 10 seconds in all (a setting).
 * Generic webhooks get {@code X-Paperboy-Timestamp} and {@code X-Paperboy-Signature: sha256=HEX},
 * the HMAC-SHA256 of {@code TIMESTAMP.BODY} with the channel's secret.
 */
final class Sender {
  static final int MAX_ANSWER = 64 * 1024;
  static final List<String> GONE_WORDS =
      List.of("invalid_token", "channel_not_found", "channel_is_archived", "no_service", "no_team");

  private final OutsideHttp http;
  private final boolean allowPrivate;
  private final Duration timeout;

  /**
   * @param timeout how long a receiver may take, connecting and answering ({@code
   *     PAPERBOY_WEBHOOK_TIMEOUT_S})
   */
  Sender(boolean allowPrivate, Duration timeout) {
    this.allowPrivate = allowPrivate;
    this.timeout = timeout;
    this.http =
        new OutsideHttp(
            new OutsideHttp.Settings(
                "Paperboy", timeout, timeout, Duration.ZERO, MAX_ANSWER, OutsideHttp.Mode.WEBHOOK),
            Clock.systemUTC());
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
        http.request(url.toString())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (c.kind() == Kind.WEBHOOK) {
      String stamp = Long.toString(now.getEpochSecond());
      request
          .header("X-Paperboy-Timestamp", stamp)
          .header("X-Paperboy-Signature", "sha256=" + sign(c.secret(), stamp, body))
          .header("X-Paperboy-Delivery", delivery);
    }
    try {
      Reply r = http.send(request.build());
      return judge(r.status(), r.header("Retry-After").orElse(null), r.body(), now);
    } catch (OutsideHttp.NoWholeAnswer e) {
      return new Answer.Temporary("no answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedIOException e) {
      return new Answer.Temporary("interrupted");
    } catch (IOException e) {
      return new Answer.Temporary(e.getClass().getSimpleName() + ": " + e.getMessage());
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
    Duration asked = RetryAfter.parse(header, now, Duration.ofDays(1));
    if (asked != null) {
      return asked;
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
    return Signatures.hex(secret, timestamp + "." + body);
  }
}
