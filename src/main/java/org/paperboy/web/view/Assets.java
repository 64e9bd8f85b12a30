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

  /** The URL path KaTeX's dist folder is served under. */
  public static final String KATEX = "/static/katex/" + KATEX_VERSION;

  /** Where KaTeX's dist folder lies on the class path. */
  public static final String KATEX_DIST =
      "/META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist";

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
