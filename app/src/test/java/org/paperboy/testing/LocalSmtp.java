package org.paperboy.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * GreenMail's SMTP server on 127.0.0.1 at a port the system picks when it binds (port 0), read back
 * with {@link #port()}: no port is chosen before the server holds it. It starts once per test class
 * (before {@code @BeforeAll}, so a server started there can be pointed at it) and its mailboxes are
 * emptied before each test, so every test sees only the mail it caused.
 */
public final class LocalSmtp extends GreenMailExtension {
  public LocalSmtp() {
    super(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    withPerMethodLifecycle(false);
  }

  /** The port the server is bound to; valid once the test class has started. */
  public int port() {
    return getSmtp().getPort();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    super.beforeEach(context);
    try {
      purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }
}
