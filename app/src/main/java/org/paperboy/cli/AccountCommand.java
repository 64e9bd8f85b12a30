package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.account.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = "People's accounts.",
    subcommands = {AccountCommand.Delete.class})
final class AccountCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = {
        "Delete a person and everything of theirs, in one transaction: account, sessions,",
        "library, imports, tokens, model and recommendations sent, votes (taken back from the",
        "papers), their subscription with its topics and digests, and all a feature keeps of",
        "them. Exit code 3 when the address has no account and no subscription."
      })
  static final class Delete implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EMAIL", description = "The person's address.")
    String email;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return delete(app.accounts());
      }
    }

    private int delete(Accounts accounts) {
      PrintWriter out = spec.commandLine().getOut();
      boolean deleted;
      try {
        deleted = accounts.delete(email);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().printf("paperboy: %s%n", e.getMessage());
        return 2;
      }
      if (!deleted) {
        spec.commandLine()
            .getErr()
            .printf("paperboy: no account or subscription for %s: nothing deleted%n", email);
        return Main.EXIT_REJECTED;
      }
      out.printf("Deleted %s and everything of theirs.%n", email);
      return 0;
    }
  }
}
