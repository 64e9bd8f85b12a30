package org.paperboy.digest;

/** What the HTML digest template shows: the digest and its links. */
public record DigestView(
    Digest digest,
    String heading,
    String siteUrl,
    String settingsUrl,
    String unsubscribeUrl,
    String since,
    FeedbackLinks feedback) {

  /**
   * The reader's "more like this" / "not for me" links for a paper, or null where there are none.
   */
  public FeedbackLinks.Links feedback(Digest.Item item) {
    return feedback.of(digest.subscriber().email(), item.paper().id());
  }

  public String paperUrl(Digest.Item item) {
    return siteUrl + "/papers/" + org.paperboy.paper.PaperIds.path(item.paper().id());
  }

  /** A title as mail shows it: TeX as readable text, since mail runs no scripts. */
  public static String title(String title) {
    return org.paperboy.paper.TexText.plain(title);
  }

  /** The first lines of an abstract as readable text, cut at a word. */
  public static String lead(String text) {
    String t = org.paperboy.paper.TexText.plain(text.strip());
    if (t.length() <= 300) {
      return t;
    }
    int cut = t.lastIndexOf(' ', 280);
    return t.substring(0, cut > 0 ? cut : 280) + " …";
  }

  /** Authors as a line: the first three, then how many more. */
  public static String authors(java.util.List<String> names) {
    if (names.size() <= 3) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }
}
