package org.paperboy.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail in a process of its own, for benchmarks: {@code GreenMailServer PORT}; with port 0 the
 * system picks one and the line printed names it.
 */
public final class GreenMailServer {
  private GreenMailServer() {}

  public static void main(String[] args) throws InterruptedException {
    GreenMail g = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", "smtp"));
    g.start();
    System.out.println("GreenMail SMTP on 127.0.0.1:" + g.getSmtp().getPort());
    Thread.sleep(Long.MAX_VALUE);
  }
}
