package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.paper.Paper;
import org.paperboy.testing.TestApp;

/** {@code paperboy people follow|unfollow|list|claim|unclaim} as an operator runs them. */
class PeopleCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** {@code people SUBCOMMAND --data=DIR ARGS...}. */
  int run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = args[1];
    all[2] = "--data=" + dir;
    System.arraycopy(args, 2, all, 3, args.length - 2);
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
  }

  @Test
  void followClaimAndListFromTheCommandLine() {
    try (Paperboy app = TestApp.open(dir, "jdbc:sqlite:" + dir.resolve("paperboy.db"))) {
      app.papers()
          .upsert(
              List.of(
                  new Paper(
                      "2502.10436",
                      1,
                      "MERGE³",
                      "Abstract.",
                      List.of("Anne Ouyang"),
                      List.of("cs.LG"),
                      LocalDate.parse("2025-02-14"),
                      null,
                      null,
                      null,
                      null,
                      null,
                      Paper.Links.NONE,
                      "test",
                      null)));
    }
    assertThat(run("people", "follow", "--user", "Ada@Lab.test", "Anne Ouyang", "Nobody Yet"))
        .isZero();
    assertThat(out.toString())
        .contains("Following Anne Ouyang (1 paper here).")
        .contains("Following Nobody Yet. No papers under this name yet");
    assertThat(run("people", "follow", "--user", "ada@lab.test", "anne ouyang")).isZero();
    assertThat(out.toString()).contains("Already following anne ouyang");
    assertThat(run("people", "claim", "--user", "ada@lab.test", "2502.10436", "9999.00001"))
        .isEqualTo(Main.EXIT_REJECTED);
    assertThat(err.toString()).contains("no paper with id 9999.00001");
    assertThat(out.toString()).contains("1 papers claimed for ada@lab.test");
    out.getBuffer().setLength(0);
    assertThat(run("people", "list", "--user", "ada@lab.test")).isZero();
    assertThat(out.toString())
        .contains("Following 2:\n  Anne Ouyang\n  Nobody Yet")
        .contains("Claimed papers 1:\n  2502.10436");
    assertThat(run("people", "unfollow", "--user", "ada@lab.test", "Nobody Yet")).isZero();
    assertThat(run("people", "unclaim", "--user", "ada@lab.test", "2502.10436")).isZero();
    assertThat(run("people", "follow", "--user", "ada@lab.test", "   ")).isEqualTo(2);
    assertThat(err.toString()).contains("An author name is needed");
  }
}
