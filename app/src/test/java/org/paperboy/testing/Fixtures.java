package org.paperboy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.paperboy.paper.Paper;

/** Test fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The fixture as a file: itself when the test classes are a folder, else (the lab's tests read
   * the product's test classes from a jar) a copy in a temporary folder, deleted when the JVM
   * exits.
   */
  public static Path path(String name) {
    try {
      URI uri = Fixtures.class.getResource("/fixtures/" + name).toURI();
      if ("file".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      Path dir = Files.createTempDirectory("paperboy-fixture");
      Path copy = dir.resolve(name);
      Files.write(copy, bytes(name));
      copy.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return copy;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A paper with only what tests look at: one author, cs.LG, no links. */
  public static Paper paper(String id, String title, String abstractText, String published) {
    return new Paper(
        id,
        1,
        title,
        abstractText,
        List.of("A. Author"),
        List.of("cs.LG"),
        published == null ? null : LocalDate.parse(published),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "test",
        null);
  }
}
