package org.paperboy.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.digest.Digests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = "Email digests: send the ones that are due, or preview one.",
    subcommands = {DigestCommand.Send.class, DigestCommand.Preview.class})
final class DigestCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description = {
        "Send every digest due now, in each subscriber's time zone, and every queued one not sent",
        "yet. With --date, queue that date's digest for every confirmed subscriber who gets one",
        "that day and has not had it, whatever their hour (catching up after an outage). Safe to",
        "rerun at any time, after a crash too: a digest the mail server accepted is never sent again."
      })
  static final class Send implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "Show what would be sent; store and send nothing.")
    boolean dryRun;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The digest date to send.")
    LocalDate date;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Paperboy app = common.open()) {
        return send(app.digests(), out);
      }
    }

    private int send(Digests digests, PrintWriter out) {
      if (dryRun) {
        List<Digests.Preview> due = digests.dryRun(date);
        for (Digests.Preview p : due) {
          out.printf(
              "%s  %s  %d papers  %s%n",
              p.digest().date(),
              p.digest().subscriber().email(),
              p.digest().items().size(),
              p.mail().subject());
        }
        out.printf("%d digests would be sent (dry run: nothing stored or sent)%n", due.size());
        return 0;
      }
      Digests.Report report = digests.send(date);
      out.println("Digests: " + report);
      return report.failed() > 0 ? Main.EXIT_REJECTED : 0;
    }
  }

  @Command(
      name = "preview",
      mixinStandardHelpOptions = true,
      description = "Print the digest the subscriber would get if it went out now (plain text).")
  static final class Preview implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EMAIL")
    String email;

    @Option(names = "--html", description = "Print the HTML part instead.")
    boolean html;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return preview(app.digests());
      }
    }

    private int preview(Digests digests) {
      var preview = digests.preview(email.strip().toLowerCase(java.util.Locale.ROOT));
      if (preview.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("paperboy: " + email + " is not a confirmed subscriber");
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("Subject: " + preview.get().mail().subject());
      out.println();
      out.print(html ? preview.get().mail().html() : preview.get().mail().text());
      out.flush();
      return 0;
    }
  }
}
