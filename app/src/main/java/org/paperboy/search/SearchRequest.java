package org.paperboy.search;

import java.util.Locale;

/**
 * One search.
 *
 * @param query in the query syntax; blank for the newest papers
 * @param limit 1 to {@value #MAX_LIMIT}
 * @param offset 0 to {@value #MAX_OFFSET}
 */
public record SearchRequest(String query, Mode mode, Sort sort, int limit, int offset) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 1000;

  /** How results are found. */
  public enum Mode {
    /** Keyword and semantic rankings fused. */
    HYBRID,
    /** BM25 over title and abstract. */
    KEYWORD,
    /** Nearest sentence embeddings. */
    SEMANTIC;

    public static Mode parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown mode '" + s + "' (use hybrid, keyword or semantic)");
      }
    }
  }

  /** How results are ordered. */
  public enum Sort {
    RELEVANCE,
    NEWEST;

    public static Sort parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown sort '" + s + "' (use relevance or newest)");
      }
    }
  }

  public SearchRequest {
    query = query == null ? "" : query;
    mode = mode == null ? Mode.HYBRID : mode;
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
    }
  }

  public static SearchRequest of(String query, Mode mode, int limit) {
    return new SearchRequest(query, mode, Sort.RELEVANCE, limit, 0);
  }
}
