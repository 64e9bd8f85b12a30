package org.paperboy.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * What the world says about one paper; null where a source said nothing.
 *
 * @param hfUpvotes upvotes on Hugging Face Papers
 * @param hfComments comments there
 * @param githubStars stars of the paper's code repository
 * @param githubStarsGained stars gained in the last 7 days (in a ranking: in its window)
 * @param citations citations counted by Semantic Scholar
 * @param hfUrl the paper's page on Hugging Face, when Hugging Face knows it
 * @param repoUrl the code repository on GitHub
 * @param aiSummary Hugging Face's one-line summary, to be shown as theirs
 * @param morePoints the points the other registered sources' numbers add to the trending score
 *     ({@link Source#trendPoints}); 0 with only the first three
 */
public record PaperSignals(
    Long hfUpvotes,
    Long hfComments,
    Long githubStars,
    Long githubStarsGained,
    Long citations,
    String hfUrl,
    String repoUrl,
    String aiSummary,
    double morePoints) {
  public static final PaperSignals NONE =
      new PaperSignals(null, null, null, null, null, null, null, null, 0);

  public boolean isEmpty() {
    return hfUpvotes == null && hfComments == null && githubStars == null && citations == null;
  }

  /** The parts of the line shown under a paper, e.g. {@code ▲ 300 on Hugging Face}. */
  public List<String> parts() {
    List<String> out = new ArrayList<>();
    if (hfUpvotes != null) {
      out.add("▲ " + hfUpvotes + " on Hugging Face");
    }
    if (hfComments != null && hfComments > 0) {
      out.add(hfComments + (hfComments == 1 ? " comment" : " comments"));
    }
    if (githubStars != null) {
      out.add(
          "★ "
              + githubStars
              + (githubStarsGained != null && githubStarsGained > 0
                  ? " (+" + githubStarsGained + " this week)"
                  : ""));
    }
    if (citations != null && citations > 0) {
      out.add(citations + (citations == 1 ? " citation" : " citations"));
    }
    return out;
  }

  /** The parts joined: {@code ▲ 300 on Hugging Face · 14 comments · ★ 57 (+7 this week)}. */
  public String describe() {
    return String.join(" · ", parts());
  }
}
