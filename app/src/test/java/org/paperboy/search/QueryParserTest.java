package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryParserTest {
  final QueryParser parser = new QueryParser(PaperFields.analyzer());

  @Test
  void plainWordsRankOverTitleAndAbstract() {
    QueryParser.Parsed q = parser.parse("KV cache offloading");
    assertThat(q.text().toString()).contains("title", "abstract", "cach", "offload");
    assertThat(q.filter()).isNull();
    assertThat(q.semanticText()).isEqualTo("KV cache offloading");
  }

  @Test
  void fieldsBecomeFiltersAndStayOutOfTheEmbeddedText() {
    QueryParser.Parsed q =
        parser.parse("attention author:\"Anne Ouyang\" cat:cs.LG year:2020..2024 -quantum");
    assertThat(q.filter().toString())
        .contains(
            "authors:\"anne ouyang\"",
            "category:cs.LG",
            "year:[2020 TO 2024]",
            "-CombinedFieldQuery");
    assertThat(q.semanticText()).isEqualTo("attention");
  }

  @Test
  void phrasesAndAndAreRequired() {
    assertThat(parser.parse("\"flash attention\" memory").text().toString()).startsWith("+(");
    assertThat(parser.parse("gpu AND kernel").text().toString()).matches("\\+.*\\+.*");
  }

  @Test
  void whatDoesNotParseIsSearchedAsWords() {
    for (String odd :
        new String[] {
          "\"unbalanced quote",
          "(((",
          "*",
          "foo:bar",
          "year:soon",
          "date:2024-13-45..x",
          "a\u0000b\u202e",
          ":",
          "-",
          "AND OR"
        }) {
      QueryParser.Parsed q = parser.parse(odd);
      assertThat(q).as(odd).isNotNull();
    }
    assertThat(parser.parse("\"unbalanced quote").semanticText()).isEqualTo("unbalanced quote");
    assertThat(parser.parse("foo:bar").text().toString()).contains("foo", "bar");
    assertThat(parser.parse("year:soon").text().toString()).contains("soon");
    assertThat(parser.parse("*").hasText()).isFalse();
  }

  @Test
  void aVeryLongQueryIsCut() {
    QueryParser.Parsed q = parser.parse("word".repeat(3) + " lorem ipsum".repeat(2000));
    assertThat(q.semanticText().length()).isLessThanOrEqualTo(QueryParser.MAX_CHARS);
  }
}
