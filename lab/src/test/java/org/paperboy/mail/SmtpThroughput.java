package org.paperboy.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.paperboy.config.Config;

/**
 * How fast Angus Mail alone hands digest-sized messages to an SMTP server on one connection, each
 * to another recipient: the ceiling the digest sender is compared with in BENCHMARKS.md. {@code
 * SmtpThroughput PORT COUNT}.
 */
public final class SmtpThroughput {
  private SmtpThroughput() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int n = Integer.parseInt(args[1]);
    String html = "<p>" + "x".repeat(15_000) + "</p>";
    String text = "y".repeat(3_000);
    Config.Mail config = new Config.Mail("smtp://127.0.0.1:" + port, "P <p@bench.test>", 1);
    try (Mailer mailer =
        Mailer.create(config, Path.of("."), "https://bench.test", Clock.systemUTC())) {
      for (int i = 0; i < 200; i++) {
        mailer.send(new MailMessage("warm@bench.test", "Warm-up", text, html, Map.of()));
      }
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        mailer.send(new MailMessage("r" + i + "@bench.test", "Digest", text, html, Map.of()));
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf("%d messages in %.1f s: %.0f/s%n", n, s, n / s);
    }
  }
}
