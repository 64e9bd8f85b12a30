package org.paperboy.library;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the library page asks for: words to find (all of them, in title, abstract or authors), the
 * order, and the page.
 */
public record LibraryQuery(String words, Sort sort, int page) {
  public static final int PAGE_SIZE = 50;

  /** Newest saved first, or newest published first. */
  public enum Sort {
    SAVED,
    PUBLISHED;

    public static Sort parse(String s) {
      if (s == null || s.isBlank()) {
        return SAVED;
      }
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("sort must be saved or published, not '" + s + "'");
      }
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public LibraryQuery {
    words = words == null ? "" : words.strip();
    if (words.length() > 300) {
      throw new IllegalArgumentException("the search is longer than 300 characters");
    }
    sort = sort == null ? Sort.SAVED : sort;
    page = Math.max(1, Math.min(page, 10_000));
  }

  List<String> terms() {
    return words.isEmpty()
        ? List.of()
        : Arrays.stream(words.split("\\s+")).filter(w -> !w.isBlank()).limit(10).toList();
  }
}
