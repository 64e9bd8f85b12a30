package org.paperboy.web;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import org.paperboy.channel.Channel;
import org.paperboy.channel.Channels;
import org.paperboy.channel.Kind;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;

/** A lab owner adds and removes channels; the address is checked, stored, and shown masked. */
final class ChannelPages {
  private final Messages messages;
  private final SignedIn signedIn;
  private final Labs labs;
  private final Channels channels;
  private final RateLimiter limit;

  ChannelPages(Kit kit, Labs labs, Channels channels) {
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
    this.labs = labs;
    this.channels = channels;
    this.limit = kit.limiter(RateLimiter.FORMS);
  }

  void addChannel(Context ctx) {
    String user = signedIn.orUnauthorized(ctx, LabPages.SIGN_IN);
    Lab lab = labs.forOwner(ctx.pathParam("slug"), user);
    limit.acquire("user:" + user);
    ZoneId zone;
    try {
      zone = ZoneId.of(String.valueOf(ctx.formParam("zone")).strip());
    } catch (DateTimeException e) {
      throw HttpError.badRequest("That time zone is unknown: use a name like Europe/Berlin.");
    }
    int hour;
    try {
      hour = Integer.parseInt(String.valueOf(ctx.formParam("hour")).strip());
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("The hour is a number from 0 to 23.");
    }
    boolean weekly = "weekly".equals(ctx.formParam("frequency"));
    Channels.Added added =
        channels.add(
            lab,
            Kind.parse(ctx.formParam("kind")),
            ctx.formParam("url"),
            new Channel.Plan(
                weekly, DayOfWeek.MONDAY, hour, zone, EnumSet.allOf(Channel.Content.class), 10));
    if (added.secret() != null) {
      ctx.header("Cache-Control", "no-store");
      messages.show(
          ctx,
          200,
          "Channel added",
          "Posts to "
              + added.channel().maskedUrl()
              + " are signed (X-Paperboy-Signature: sha256=HMAC of TIMESTAMP.BODY). The secret, shown this once: "
              + added.secret());
      return;
    }
    LabPages.back(ctx, lab);
  }

  void removeChannel(Context ctx) {
    String user = signedIn.orUnauthorized(ctx, LabPages.SIGN_IN);
    Lab lab = labs.forOwner(ctx.pathParam("slug"), user);
    channels.remove(lab, String.valueOf(ctx.formParam("channel")));
    LabPages.back(ctx, lab);
  }
}
