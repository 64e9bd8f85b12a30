package org.paperboy.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperIds;
import org.paperboy.signals.PaperSignals;

/**
 * What the tools return as structured content (snake_case JSON, absent fields left out), described
 * by {@link OutputSchemas}.
 */
final class Shapes {
  private Shapes() {}

  /** Authors listed in a paper's summary; the full list is in {@link Full}. */
  static final int SUMMARY_AUTHORS = 10;

  /** Characters of the abstract in a summary. */
  static final int SUMMARY_CHARS = 300;

  record Links(String abs, String pdf, String code, String project) {}

  record Signals(
      Long hfUpvotes,
      Long hfComments,
      Long githubStars,
      Long githubStarsGained,
      Long citations,
      String hfUrl,
      String repoUrl,
      String aiSummary) {
    static Signals of(PaperSignals s) {
      s = s == null ? PaperSignals.NONE : s;
      return new Signals(
          s.hfUpvotes(),
          s.hfComments(),
          s.githubStars(),
          s.githubStarsGained(),
          s.citations(),
          s.hfUrl(),
          s.repoUrl(),
          s.aiSummary());
    }
  }

  /** A paper in a list: enough to choose which to read with get_paper. */
  record Summary(
      String id,
      String title,
      List<String> authors,
      Integer moreAuthors,
      String published,
      List<String> categories,
      String url,
      String summary) {
    static Summary of(Paper p, String base) {
      List<String> a = p.authors();
      boolean cut = a.size() > SUMMARY_AUTHORS;
      return new Summary(
          p.id(),
          p.title(),
          cut ? a.subList(0, SUMMARY_AUTHORS) : a,
          cut ? a.size() - SUMMARY_AUTHORS : null,
          p.published() == null ? null : p.published().toString(),
          p.categories(),
          Shapes.url(p, base),
          start(p.abstractText()));
    }
  }

  record Similar(String id, String title) {}

  /** A paper whole, as get_paper returns it. */
  record Full(
      String id,
      int version,
      String title,
      List<String> authors,
      @JsonProperty("abstract") String abstractText,
      List<String> categories,
      String published,
      String updated,
      String doi,
      String venue,
      String comments,
      String license,
      Links links,
      String url,
      int votes,
      Signals signals,
      List<Similar> similar,
      String library) {}

  record SearchHit(int rank, Double score, String snippet, Summary paper) {}

  record SearchOut(
      String query,
      String mode,
      String sort,
      long total,
      boolean totalIsExact,
      int offset,
      int limit,
      List<SearchHit> results) {}

  record RankedOut(int rank, Double score, int votes, long views, String why, Summary paper) {}

  record TrendingOut(
      String window, String from, String to, int total, int offset, List<RankedOut> results) {}

  record DailyOut(
      String date,
      String view,
      String from,
      String to,
      String previous,
      String next,
      long total,
      int offset,
      List<RankedOut> results) {}

  record SimilarOut(String id, List<Summary> results) {}

  record Pick(int rank, Double score, String reason, Summary paper) {}

  record ForYouOut(String window, int count, List<Pick> results) {}

  record LibraryOut(String state, int total, int offset, List<Summary> papers) {}

  record MarkOut(String id, String title, String state) {}

  record Author(String name, String url) {}

  record FollowOut(String name, String url, boolean following, boolean changed, Integer papers) {}

  record FollowingOut(int count, List<Author> following) {}

  record ListOut(String slug, String name, int papers) {}

  record LabOut(String slug, String name, String role, List<ListOut> lists) {}

  record LabsOut(List<LabOut> labs) {}

  record ListChangeOut(
      String lab,
      String list,
      String listName,
      String id,
      String title,
      boolean onList,
      String note,
      int papers,
      String url) {}

  static String url(Paper p, String base) {
    return base + "/papers/" + PaperIds.path(p.id());
  }

  /** The first sentences of an abstract, up to {@link #SUMMARY_CHARS} characters. */
  static String start(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= SUMMARY_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', SUMMARY_CHARS);
    cut = cut > 0 ? cut : SUMMARY_CHARS;
    if (Character.isHighSurrogate(t.charAt(cut - 1))) {
      cut--;
    }
    return t.substring(0, cut) + " …";
  }

  /** A score as JSON may hold it: NaN and infinities (no ranking) become null. */
  static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
