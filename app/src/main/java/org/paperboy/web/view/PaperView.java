package org.paperboy.web.view;

import java.util.List;

/**
 * A paper's own page; {@code signalHistory}: how its outside signals moved, newest first; {@code
 * alsoSaved}: "readers who saved this also saved" (empty unless a pair reaches the minimum of
 * readers); {@code citedBy}: how many papers here are known to cite it, {@code citing} the first of
 * them.
 */
public record PaperView(
    Page page,
    Card card,
    String abstractText,
    String published,
    String updated,
    String doi,
    String journalRef,
    String comments,
    List<Card> similar,
    List<String> signalHistory,
    List<Card> alsoSaved,
    int citedBy,
    List<Card> citing) {

  /** The abstract's first sentences as plain text, for link previews (Open Graph). */
  public String description() {
    String text = org.paperboy.paper.TexText.plain(abstractText);
    if (text.length() <= 300) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 290);
    return text.substring(0, cut > 0 ? cut : 290) + " …";
  }
}
