package org.paperboy.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.channel.Channel;
import org.paperboy.channel.Channels;
import org.paperboy.channel.Kind;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "channel",
    mixinStandardHelpOptions = true,
    description = "A lab's channels: Slack, Discord, Mattermost, Teams or a signed webhook.",
    subcommands = {
      ChannelCommand.Add.class,
      ChannelCommand.ListChannels.class,
      ChannelCommand.Send.class
    })
final class ChannelCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a channel to a lab. The address must be https:// on a public host and have the path",
        "of the kind's webhooks; a refused address is stored nowhere (exit 2). A webhook channel's",
        "signing secret is printed once."
      })
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lab", required = true, paramLabel = "NAME")
    String lab;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "slack, discord, mattermost, teams or webhook.")
    String kind;

    @Option(names = "--url", required = true, paramLabel = "URL")
    String url;

    @Option(
        names = "--hour",
        defaultValue = "8",
        description = "Local hour of the post (default 8).")
    int hour;

    @Option(names = "--zone", defaultValue = "UTC", description = "Time zone, e.g. Europe/Berlin.")
    String zone;

    @Option(
        names = "--weekly",
        paramLabel = "DAY",
        description = "Post weekly on this day (MONDAY …) instead of daily.")
    DayOfWeek weekly;

    @Option(
        names = "--content",
        split = ",",
        paramLabel = "PART",
        defaultValue = "topics,trending,week",
        description = "What to post: topics, trending, week (default all).")
    List<String> content;

    @Option(
        names = "--papers",
        defaultValue = "10",
        description = "New papers a post shows at most (default 10).")
    int papers;

    @Override
    public Integer call() {
      ZoneId z;
      try {
        z = ZoneId.of(zone);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("unknown time zone " + zone);
      }
      if (papers < 1 || papers > 50) {
        throw new IllegalArgumentException("--papers is 1 to 50");
      }
      Set<Channel.Content> parts = EnumSet.noneOf(Channel.Content.class);
      for (String c : content) {
        try {
          parts.add(Channel.Content.valueOf(c.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("--content takes topics, trending and week, not " + c);
        }
      }
      try (Paperboy app = common.open()) {
        return add(app.labs(), app.channels(), z, parts);
      }
    }

    private int add(Labs labs, Channels channels, ZoneId z, Set<Channel.Content> parts) {
      Lab l = labs.named(lab);
      Channels.Added added =
          channels.add(
              l,
              Kind.parse(kind),
              url,
              new Channel.Plan(
                  weekly != null,
                  weekly == null ? DayOfWeek.MONDAY : weekly,
                  hour,
                  z,
                  parts,
                  papers));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Channel %s added to %s: %s, %s%n",
          added.channel().id(),
          l.name(),
          added.channel().maskedUrl(),
          added.channel().plan().describe());
      if (added.secret() != null) {
        out.println("Signing secret (shown once): " + added.secret());
      }
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List channels (addresses masked).")
  static final class ListChannels implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Paperboy app = common.open()) {
        return list(app.labs(), app.channels(), out);
      }
    }

    private int list(Labs labs, Channels channels, PrintWriter out) {
      for (Lab l : labs.all()) {
        for (Channel c : channels.of(l)) {
          out.printf(
              "%s  %-20s %-10s %s  %s  %s%n",
              c.id(),
              l.name(),
              c.kind().key(),
              c.maskedUrl(),
              c.plan().describe(),
              c.state().active() ? "active" : "disabled: " + c.state().disabled());
        }
      }
      return 0;
    }
  }

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description = {
        "Post every channel's post due now, in each channel's time zone, and every queued one not",
        "sent yet. With --date, queue that date's post for every active channel that posts that",
        "day, whatever its hour. Safe to rerun at any time, after a crash too (cron-safe): a part",
        "a receiver answered 2xx is never posted again."
      })
  static final class Send implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--dry-run",
        description = "Print the exact JSON bodies; store and send nothing.")
    boolean dryRun;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Paperboy app = common.open()) {
        return send(app.channels(), out);
      }
    }

    private int send(Channels channels, PrintWriter out) {
      if (dryRun) {
        List<Channels.Preview> due = channels.dryRun(date);
        for (Channels.Preview p : due) {
          out.printf(
              "# %s %s %s %s: %d bodies%n",
              p.date(),
              p.lab().name(),
              p.channel().kind().key(),
              p.channel().maskedUrl(),
              p.bodies().size());
          p.bodies().forEach(out::println);
        }
        out.printf("%d posts would be sent (dry run: nothing stored or sent)%n", due.size());
        return 0;
      }
      Channels.Report report = channels.send(date);
      out.println("Channels: " + report);
      return report.failed() > 0 ? Main.EXIT_REJECTED : 0;
    }
  }
}
