package org.paperboy.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few SMTP connections, each kept open and used for one message at a time: a sender with several
 * threads gets one connection each, so one server's round trips do not serialise them.
 */
final class SmtpPool implements Mailer {
  private final List<SmtpMailer> all = new ArrayList<>();
  private final BlockingQueue<SmtpMailer> idle;

  SmtpPool(SmtpSettings settings, Messages messages, int connections) {
    this.idle = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      SmtpMailer m = new SmtpMailer(settings, messages);
      all.add(m);
      idle.add(m);
    }
  }

  @Override
  public void send(MailMessage message) throws MailException {
    SmtpMailer m;
    try {
      m = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MailException("interrupted while waiting for an SMTP connection", false, e);
    }
    try {
      m.send(message);
    } finally {
      idle.add(m);
    }
  }

  @Override
  public int parallelism() {
    return all.size();
  }

  @Override
  public void close() {
    all.forEach(SmtpMailer::close);
  }
}
