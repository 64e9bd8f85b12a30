package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestApp;

class AccountCommandTest {
  @TempDir Path dir;

  private int delete(StringWriter out, StringWriter err, String email) {
    return Main.run(
        new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(err, true),
        "account",
        "delete",
        "--data=" + dir,
        email);
  }

  @Test
  void accountDeleteRemovesThePersonAndSaysSoAndAnUnknownAddressExits3() {
    try (Paperboy app = TestApp.open(dir, Databases.sqlite(dir))) {
      app.accounts().findOrCreate("ann@cli.test");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(delete(out, err, "ANN@cli.test")).isZero();
    assertThat(out.toString()).contains("Deleted ANN@cli.test");
    assertThat(delete(out, err, "ann@cli.test")).isEqualTo(3);
    assertThat(err.toString()).contains("nothing deleted");
    assertThat(delete(out, err, "not an address")).isEqualTo(2);
  }
}
