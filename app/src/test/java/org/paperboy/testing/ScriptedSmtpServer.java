package org.paperboy.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real SMTP server for the failure cases GreenMail does not play: after {@code limit}
 * accepted messages it either answers {@code 451} (try later) to every new message, or takes the
 * next message's data and never answers, like a server that died mid-transaction.
 */
public final class ScriptedSmtpServer implements AutoCloseable {
  public enum AfterLimit {
    REFUSE_TEMPORARILY,
    /** Every recipient after the limit is refused for good (550). */
    REFUSE_PERMANENTLY,
    HANG
  }

  private final ServerSocket socket;
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger limit;
  private final AtomicInteger reserved = new AtomicInteger();
  private volatile AfterLimit after;
  private final CountDownLatch hanging = new CountDownLatch(1);
  private final Thread acceptor;

  public ScriptedSmtpServer(int limit, AfterLimit after) throws IOException {
    this.socket = new ServerSocket(0);
    this.limit = new AtomicInteger(limit);
    this.after = after;
    this.acceptor = Thread.ofPlatform().daemon().start(this::acceptLoop);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The recipients of the messages accepted so far, one entry per message. */
  public List<String> accepted() {
    return List.copyOf(accepted);
  }

  public void acceptEverything() {
    limit.set(Integer.MAX_VALUE);
  }

  public boolean awaitHanging(long millis) throws InterruptedException {
    return hanging.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread.ofPlatform().daemon().start(() -> session(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void session(Socket s) {
    try (s;
        BufferedReader in =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream()) {
      reply(out, "220 scripted ESMTP");
      String rcpt = null;
      String line;
      while ((line = in.readLine()) != null) {
        String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (cmd) {
          case "EHLO", "HELO" -> reply(out, "250 scripted");
          case "MAIL" -> {
            // a place is taken when a message starts, so that parallel connections count right
            if (after == AfterLimit.REFUSE_TEMPORARILY
                && reserved.incrementAndGet() > limit.get()) {
              reserved.decrementAndGet();
              reply(out, "451 4.3.0 try again later");
            } else {
              reply(out, "250 OK");
            }
          }
          case "RCPT" -> {
            rcpt = line.replaceAll("(?i).*<(.*)>.*", "$1");
            if (after == AfterLimit.REFUSE_PERMANENTLY && accepted.size() >= limit.get()) {
              reply(out, "550 5.1.1 no such mailbox");
            } else {
              reply(out, "250 OK");
            }
          }
          case "DATA" -> {
            reply(out, "354 go ahead");
            while (!(line = in.readLine()).equals(".")) {
              // the message itself is not kept, only who it was for
            }
            if (accepted.size() >= limit.get() && after == AfterLimit.HANG) {
              hanging.countDown();
              Thread.sleep(Long.MAX_VALUE); // never answer: the sender cannot know
            }
            accepted.add(rcpt);
            reply(out, "250 OK queued");
          }
          case "RSET", "NOOP" -> reply(out, "250 OK");
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "502 not implemented");
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    acceptor.interrupt();
  }
}
