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
 * @param canonical the page's own absolute URL, for {@code rel=canonical} and Open Graph
 * @param today the server's date (from its clock), which "3 days ago" counts from
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
    String canonical,
    java.time.LocalDate today,
    Marks marks) {

  public boolean signedIn() {
    return signedInAs != null;
  }

  /** A date (ISO-8601) in the reader's words: "today", "3 days ago", "2 years ago". */
  public String ago(String isoDate) {
    return Dates.ago(java.time.LocalDate.parse(isoDate), today);
  }

  /** A date (ISO-8601) written out in full, for the title shown on hover. */
  public String fullDate(String isoDate) {
    return Dates.full(java.time.LocalDate.parse(isoDate));
  }

  /** The sign-in page, coming back here afterwards. */
  public String signInHref() {
    return "/signin?next="
        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }
}
