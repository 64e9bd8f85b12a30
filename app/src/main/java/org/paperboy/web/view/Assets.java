package org.paperboy.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages' scripts and styles are served: KaTeX under its version, so it caches forever.
 */
public final class Assets {
  private Assets() {}

  /** KaTeX's version, as its webjar on the class path says. */
  public static final String KATEX_VERSION = katexVersion();

  /** The URL path KaTeX's webjar folder is served under. */
  public static final String KATEX_ROOT = "/static/katex/" + KATEX_VERSION;

  /**
   * Where that folder lies on the class path (the jar has no entry for {@code dist/} itself, which
   * Jetty needs of a folder it serves).
   */
  public static final String KATEX_FOLDER = "/META-INF/resources/webjars/katex/" + KATEX_VERSION;

  /** The URL path of KaTeX's built files. */
  public static final String KATEX = KATEX_ROOT + "/dist";

  public static String katex() {
    return KATEX;
  }

  private static String katexVersion() {
    String file = "META-INF/maven/org.webjars.npm/katex/pom.properties";
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(
            file + " is missing: the KaTeX webjar is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
