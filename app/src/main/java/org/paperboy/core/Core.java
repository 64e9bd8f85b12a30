package org.paperboy.core;

import java.time.Clock;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.PaperStore;

/**
 * What every feature facade is built on, made once by the composition root: a feature takes the
 * core plus only the other facades it calls.
 *
 * @param config the validated settings
 * @param clock the time (tests pass one they move)
 * @param database the pool, migrations and change sequence
 * @param papers the paper records
 * @param mailer where mail leaves (SMTP or the outbox folder)
 * @param site the site's address for links in mail and posts
 */
public record Core(
    Config config,
    Clock clock,
    Database database,
    PaperStore papers,
    Mailer mailer,
    SiteAddress site) {}
