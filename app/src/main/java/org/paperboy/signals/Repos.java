package org.paperboy.signals;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GitHub repositories named in papers: only {@code github.com/{owner}/{repo}} counts. */
final class Repos {
  private static final Pattern IN_TEXT =
      Pattern.compile(
          "(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)");
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

  private Repos() {}

  /**
   * {@code owner/repo} from a repository URL such as {@code https://github.com/owner/repo}, or null
   * when it is not exactly a GitHub repository (another host, an organisation page, a gist).
   */
  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    Matcher m =
        Pattern.compile(
                "(?i)^https?://(?:www\\.)?github\\.com/([^/?#\\s]+)/([^/?#\\s]+?)(?:\\.git)?/?"
                    + "(?:[?#].*)?$")
            .matcher(u);
    return m.matches() ? repo(m.group(1), m.group(2)) : null;
  }

  /** The first GitHub repository mentioned in free text (an abstract, comments), or null. */
  static String inText(String text) {
    if (text == null || !text.toLowerCase(Locale.ROOT).contains("github.com/")) {
      return null;
    }
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      String name = m.group(2).replaceAll("(?i)(\\.git)?[.]*$", "");
      String r = repo(m.group(1), name);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static String repo(String owner, String name) {
    if (!OWNER.matcher(owner).matches()
        || !NAME.matcher(name).matches()
        || name.equals(".")
        || name.equals("..")) {
      return null;
    }
    String lower = owner.toLowerCase(Locale.ROOT);
    if (lower.equals("orgs") || lower.equals("features") || lower.equals("topics")) {
      return null;
    }
    return lower + "/" + name.toLowerCase(Locale.ROOT);
  }
}
