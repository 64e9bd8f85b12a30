package org.paperboy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.paperboy.Paperboy;

/** The lab runs its programs beside the product, and the product ships none of them. */
class LabTest {
  /** The shipped jar, written by the product module to the root's target folder. */
  static final Path SHIPPED = Path.of("..", "target", "paperboy.jar");

  @Test
  void everyProgramHasHelp() {
    for (String program :
        List.of(
            "generate", "embed", "eval", "search", "web", "signals", "trec-score", "profiles")) {
      StringWriter out = new StringWriter();
      int code =
          Lab.run(
              new PrintWriter(out, true), new PrintWriter(new StringWriter()), program, "--help");
      assertThat(code).isZero();
      assertThat(out.toString()).startsWith("Usage: lab " + program);
    }
  }

  @Test
  void theProductsClassesHoldNoLabCode() throws IOException, URISyntaxException {
    Path product =
        Path.of(Paperboy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(entries(product)).isNotEmpty().noneMatch(LabTest::labCode);
  }

  @Test
  void theShippedJarHoldsNoLabCode() throws IOException {
    assumeTrue(Files.isRegularFile(SHIPPED), "the shipped jar is built by `./mvnw package`");
    assertThat(entries(SHIPPED))
        .contains("org/paperboy/cli/Main.class")
        .noneMatch(LabTest::labCode);
  }

  private static boolean labCode(String entry) {
    return entry.endsWith(".class")
        && (entry.startsWith("org/paperboy/bench/")
            || entry.equals("org/paperboy/search/Recall.class")
            || entry.endsWith("/Logistic.class")
            || entry.contains("/Logistic$"));
  }

  private static List<String> entries(Path classes) throws IOException {
    if (Files.isDirectory(classes)) {
      try (Stream<Path> files = Files.walk(classes)) {
        return files.map(f -> classes.relativize(f).toString().replace('\\', '/')).toList();
      }
    }
    try (JarFile jar = new JarFile(classes.toFile())) {
      return jar.stream().map(ZipEntry::getName).toList();
    }
  }
}
