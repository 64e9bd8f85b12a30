package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.people.ClaimReport;
import org.paperboy.people.FollowOutcome;
import org.paperboy.people.Followed;
import org.paperboy.people.People;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description =
        "Follow authors and claim your papers, as the site's buttons do. Creates the person if"
            + " they have never signed in.",
    subcommands = {
      PeopleCommand.Follow.class,
      PeopleCommand.Unfollow.class,
      PeopleCommand.ListFollows.class,
      PeopleCommand.Claim.class,
      PeopleCommand.Unclaim.class
    })
final class PeopleCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What every subcommand takes: the database options and whose. */
  static class Whose {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "Who.")
    String user;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }
  }

  @Command(
      name = "follow",
      mixinStandardHelpOptions = true,
      description = "Follow authors: their new papers come in the digest. Names in quotes.")
  static final class Follow extends Whose implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Author names.")
    List<String> names;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return follow(app.people());
      }
    }

    private int follow(People people) {
      String id = people.userIdFor(user);
      for (String name : names) {
        FollowOutcome f = people.follow(id, name);
        out().println(f.message());
      }
      return 0;
    }
  }

  @Command(name = "unfollow", mixinStandardHelpOptions = true, description = "Stop following.")
  static final class Unfollow extends Whose implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Author names.")
    List<String> names;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return unfollow(app.people());
      }
    }

    private int unfollow(People people) {
      String id = people.userIdFor(user);
      int missing = 0;
      for (String name : names) {
        if (people.unfollow(id, name)) {
          out().println("No longer following " + name.strip());
        } else {
          err().println("paperboy: " + user + " does not follow " + name.strip());
          missing++;
        }
      }
      return missing == 0 ? 0 : Main.EXIT_REJECTED;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The authors a person follows and the papers they claimed.")
  static final class ListFollows extends Whose implements Callable<Integer> {
    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return list(app.people());
      }
    }

    private int list(People people) {
      String id = people.userIdFor(user);
      List<Followed> following = people.following(id);
      out().println("Following " + following.size() + ":");
      following.forEach(f -> out().println("  " + f.name()));
      List<String> claimed = people.claimed(id);
      out().println("Claimed papers " + claimed.size() + ":");
      claimed.forEach(p -> out().println("  " + p));
      return 0;
    }
  }

  @Command(
      name = "claim",
      mixinStandardHelpOptions = true,
      description = {
        "Mark papers as the person's own: shown as My papers, counted as saved for",
        "recommendations, watched for citations. Exit code 3 when some ids are not stored here",
        "(listed on stderr); the others are claimed."
      })
  static final class Claim extends Whose implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "arXiv ids.")
    List<String> ids;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return claim(app.people());
      }
    }

    private int claim(People people) {
      ClaimReport r = people.claim(people.userIdFor(user), ids);
      for (String id : r.unknown()) {
        err().println("paperboy: no paper with id " + id + " here (add it with paperboy add)");
      }
      out().println(r.claimed().size() + " papers claimed for " + user);
      return r.unknown().isEmpty() ? 0 : Main.EXIT_REJECTED;
    }
  }

  @Command(name = "unclaim", mixinStandardHelpOptions = true, description = "Undo a claim.")
  static final class Unclaim extends Whose implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "arXiv ids.")
    List<String> ids;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return unclaim(app.people());
      }
    }

    private int unclaim(People people) {
      int n = people.unclaim(people.userIdFor(user), ids);
      out().println(n + " papers unclaimed for " + user);
      return n == ids.size() ? 0 : Main.EXIT_REJECTED;
    }
  }
}
