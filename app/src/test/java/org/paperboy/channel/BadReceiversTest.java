package org.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.config.Features;
import org.paperboy.lab.Lab;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestApp;

/** A receiver that hangs or answers garbage fails its own channel only; the others are posted. */
class BadReceiversTest {
  @TempDir Path dir;

  @Test
  void aHangingAndAGarbageReceiverAreRetriedLaterAndTheOtherChannelsArePosted() throws Exception {
    MutableClock clock = new MutableClock();
    try (Receiver receiver = new Receiver();
        ServerSocket garbage = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Paperboy app =
            Paperboy.open(
                new Config(dir, Databases.sqlite(dir), new Config.Embeddings(null, null, null, 2))
                    // the receiver that hangs is given up on after a second, not ten
                    .withFeatures(new Features(null, true, Duration.ofSeconds(1))),
                clock)) {
      Thread.ofVirtual()
          .start(
              () -> {
                while (!garbage.isClosed()) {
                  try (Socket s = garbage.accept();
                      OutputStream out = s.getOutputStream()) {
                    out.write(
                        "\u0000\u00ffthis is not HTTP at all\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                  } catch (java.io.IOException e) {
                    // closed at the end of the test
                  }
                }
              });
      TestApp.load(app, "relevance-corpus.jsonl", false);
      app.channels().allowPrivateAddresses(true);
      Lab lab = app.labs().createFor("Lab", "", "owner@lab.test");
      app.channels()
          .add(lab, Kind.SLACK, receiver.url("/services/T/B/hangs"), ChannelContract.daily());
      app.channels()
          .add(
              lab,
              Kind.WEBHOOK,
              "http://127.0.0.1:" + garbage.getLocalPort() + "/hook",
              ChannelContract.daily());
      app.channels()
          .add(lab, Kind.DISCORD, receiver.url("/api/webhooks/1/fine"), ChannelContract.daily());
      receiver.answer("/services/T/B/hangs", Receiver.Reply.hanging());
      clock.advance(Duration.ofMinutes(1));
      LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);

      Channels.Report r = app.channels().send(day);
      assertThat(r.sent()).isEqualTo(1);
      assertThat(r.retried()).isEqualTo(2);
      assertThat(receiver.posted("/api/webhooks/1/fine")).hasSize(1);
      assertThat(app.channels().status(day)).containsEntry("sent", 1L).containsEntry("pending", 2L);
    }
  }
}
