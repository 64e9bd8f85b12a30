package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = "Labs: people who share reading lists and a channel. Create, add people, list.",
    subcommands = {LabCommand.Create.class, LabCommand.Add.class, LabCommand.ListLabs.class})
final class LabCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create a lab owned by the person with this address (created if new).")
  static final class Create implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--owner", required = true, paramLabel = "EMAIL")
    String owner;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "")
    String description;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return create(app.labs());
      }
    }

    private int create(Labs labs) {
      Lab lab = labs.createFor(name, description, owner);
      spec.commandLine().getOut().printf("Lab %s created at /labs/%s%n", lab.name(), lab.slug());
      return 0;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add people to a lab by address, as members, without an invitation.")
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EMAIL")
    List<String> emails;

    @Override
    public Integer call() {
      try (Paperboy app = common.open()) {
        return add(app.labs());
      }
    }

    private int add(Labs labs) {
      for (String e : emails) {
        labs.add(name, e);
      }
      spec.commandLine().getOut().printf("%d added to %s%n", emails.size(), name);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List labs and people.")
  static final class ListLabs implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Paperboy app = common.open()) {
        return list(app.labs(), out);
      }
    }

    private int list(Labs labs, PrintWriter out) {
      labs.tidy();
      for (Lab lab : labs.all()) {
        List<Member> members = labs.members(lab);
        out.printf("%s  /labs/%s  %d people%n", lab.name(), lab.slug(), members.size());
        for (Member m : members) {
          out.printf("  %-6s %s%n", m.role().name().toLowerCase(java.util.Locale.ROOT), m.email());
        }
      }
      return 0;
    }
  }
}
