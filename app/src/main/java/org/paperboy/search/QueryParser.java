package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads the query syntax researchers type: plain words, "phrases", {@code author:}, {@code cat:},
 * {@code source:biorxiv}, {@code venue:ICLR} or {@code venue:"ICLR 2025"}, {@code year:2024} or
 * {@code year:2020..2024}, {@code date:2024-01-01..2024-06-30}, {@code -exclude}, {@code +require},
 * AND and OR. It never fails: whatever does not parse as syntax is searched as words.
 */
final class QueryParser {
  static final int MAX_CHARS = 2000;
  static final int MAX_TERMS = 128;

  /** Title terms count this much more than abstract terms (BM25F, measured on SciFact). */
  static final float TITLE_WEIGHT = 1.0f;

  private final Analyzer analyzer;

  QueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A parsed query: what ranks, what filters, and the words to embed. */
  record Parsed(Query text, Query filter, String semanticText) {
    boolean hasText() {
      return text != null;
    }
  }

  private record Clause(Occur occur, Query query) {}

  Parsed parse(String raw) {
    String input = sanitize(raw);
    List<Clause> text = new ArrayList<>();
    Map<String, List<Query>> filters = new LinkedHashMap<>();
    List<Query> excluded = new ArrayList<>();
    StringBuilder semantic = new StringBuilder();
    int[] terms = {0};
    boolean requireNext = false;
    List<String> tokens = split(input);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("AND")) {
        if (!text.isEmpty()) {
          Clause last = text.removeLast();
          text.add(new Clause(Occur.MUST, last.query()));
        }
        requireNext = true;
        continue;
      }
      if (token.equals("OR")) {
        continue;
      }
      boolean exclude = token.length() > 1 && token.charAt(0) == '-';
      boolean require = requireNext || (token.length() > 1 && token.charAt(0) == '+');
      requireNext = false;
      String body =
          exclude || token.charAt(0) == '+' && token.length() > 1 ? token.substring(1) : token;
      Query filter = fieldFilter(body);
      if (filter != null) {
        if (exclude) {
          excluded.add(filter);
        } else {
          filters
              .computeIfAbsent(body.substring(0, body.indexOf(':')), k -> new ArrayList<>())
              .add(filter);
        }
        continue;
      }
      String words = stripField(body);
      boolean phrase = words.startsWith("\"") && words.endsWith("\"") && words.length() > 1;
      if (phrase) {
        words = words.substring(1, words.length() - 1);
      }
      Query q = phrase ? phraseQuery(words) : wordQuery(words, terms);
      if (q == null) {
        continue;
      }
      if (exclude) {
        excluded.add(q);
      } else {
        text.add(new Clause(phrase || require ? Occur.MUST : Occur.SHOULD, q));
        semantic.append(semantic.isEmpty() ? "" : " ").append(words);
      }
    }
    return new Parsed(textQuery(text), filterQuery(filters, excluded), semantic.toString());
  }

  private static String sanitize(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
    for (int i = 0; i < raw.length() && b.length() < MAX_CHARS; i++) {
      char c = raw.charAt(i);
      b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c);
    }
    return b.toString().strip();
  }

  /** Splits on spaces, keeping quoted phrases (with any prefix) whole; a lone quote is dropped. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    int openQuote = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        openQuote = quoted ? cur.length() : -1;
        cur.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      cur.deleteCharAt(openQuote); // unbalanced: the words after it are plain words
      for (String part : cur.toString().split("\\s+")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    } else if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  /**
   * {@code author:}, {@code cat:}, {@code year:} and {@code date:} become filters; null otherwise.
   */
  private Query fieldFilter(String token) {
    int colon = token.indexOf(':');
    if (colon <= 0 || colon == token.length() - 1) {
      return null;
    }
    String field = token.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    String value = unquote(token.substring(colon + 1));
    if (value.isBlank()) {
      return null;
    }
    return switch (field) {
      case "author" -> phraseOn(PaperFields.AUTHORS, value);
      case "cat", "category" ->
          new TermQuery(
              new Term(
                  PaperFields.CATEGORY,
                  value.contains(" ")
                      ? value.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                      : value));
      case "source" -> SourceFilters.source(value);
      case "venue" -> SourceFilters.venue(value);
      case "year" -> QueryRanges.year(value);
      case "date" -> QueryRanges.date(value);
      case "after", "since", "from" -> QueryRanges.date(value + "..");
      case "before", "until" -> QueryRanges.date(".." + value);
      default -> null;
    };
  }

  /** For an unknown {@code field:value}, the words of both. */
  private static String stripField(String token) {
    int colon = token.indexOf(':');
    if (colon > 0 && !token.startsWith("\"")) {
      return token.substring(0, colon) + " " + token.substring(colon + 1);
    }
    return token;
  }

  private static String unquote(String s) {
    return s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /** One word (maybe several tokens, as in "KV-cache"): BM25F over title and abstract. */
  private Query wordQuery(String word, int[] terms) {
    List<String> tokens = analyze(PaperFields.ABSTRACT, word);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int added = 0;
    for (String t : tokens) {
      if (terms[0]++ >= MAX_TERMS) {
        break;
      }
      b.add(
          new CombinedFieldQuery.Builder(t)
              .addField(PaperFields.TITLE, TITLE_WEIGHT)
              .addField(PaperFields.ABSTRACT, 1f)
              .build(),
          Occur.SHOULD);
      added++;
    }
    return added == 0 ? null : added == 1 ? b.build().clauses().getFirst().query() : b.build();
  }

  private Query phraseQuery(String words) {
    Query inTitle = phraseOn(PaperFields.TITLE, words);
    Query inAbstract = phraseOn(PaperFields.ABSTRACT, words);
    if (inTitle == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(inTitle, Occur.SHOULD)
        .add(inAbstract, Occur.SHOULD)
        .build();
  }

  private Query phraseOn(String field, String words) {
    List<String> tokens = analyze(field, words);
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.getFirst()));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (String t : tokens.subList(0, Math.min(tokens.size(), 32))) {
      p.add(new Term(field, t));
    }
    return p.build();
  }

  List<String> analyze(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Query textQuery(List<Clause> clauses) {
    if (clauses.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(c -> b.add(c.query(), c.occur()));
    return b.build();
  }

  private static Query filterQuery(Map<String, List<Query>> filters, List<Query> excluded) {
    if (filters.isEmpty() && excluded.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), Occur.FILTER);
    for (List<Query> anyOf : filters.values()) {
      BooleanQuery.Builder or = new BooleanQuery.Builder();
      anyOf.forEach(q -> or.add(q, Occur.SHOULD));
      b.add(or.build(), Occur.FILTER);
    }
    excluded.forEach(q -> b.add(q, Occur.MUST_NOT));
    return b.build();
  }
}
