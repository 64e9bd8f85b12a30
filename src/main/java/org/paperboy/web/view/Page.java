package org.paperboy.web.view;

/**
 * What every page's frame needs.
 *
 * @param signedInAs the visitor's address, or null
 * @param csrf the token every form carries
 * @param query what the search box shows
 * @param path the page's own path and query, for "come back here" links
 * @param theme "light", "dark" or "auto"
 * @param assets a version string that changes when the stylesheet does
 * @param marks the papers the visitor saved or dismissed (looked up as cards ask)
 */
public record Page(
    String title,
    String signedInAs,
    String csrf,
    String query,
    String path,
    String theme,
    String assets,
    Marks marks) {

  public boolean signedIn() {
    return signedInAs != null;
  }

  /** The sign-in page, coming back here afterwards. */
  public String signInHref() {
    return "/signin?next="
        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }
}
