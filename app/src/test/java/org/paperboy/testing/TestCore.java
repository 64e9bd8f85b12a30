package org.paperboy.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.paperboy.config.Config;
import org.paperboy.core.Core;
import org.paperboy.core.SiteAddress;
import org.paperboy.db.Database;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.PaperStore;

/** A core over a database a test opened, for building one feature facade without the whole app. */
public final class TestCore {
  /** The secret that signs links in these tests. */
  public static final String SECRET = "a-test-secret-of-enough-length";

  /** Where links in mail point. */
  public static final String SITE = "https://paperboy.test";

  private TestCore() {}

  /** The default settings over this data folder, with {@link #SECRET} and {@link #SITE}. */
  public static Core of(Path dataDir, Database db, PaperStore papers, Mailer mailer, Clock clock) {
    Config config = new Config(dataDir, null, null, null, null, null, SECRET, null, null);
    return new Core(config, clock, db, papers, mailer, new SiteAddress(SITE));
  }
}
