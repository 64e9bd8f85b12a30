package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  static WordPieceTokenizer tokenizer;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        WordPieceTokenizerTest.class
            .getClassLoader()
            .getResourceAsStream(EmbeddingModel.BGE_SMALL_Q.tokenizer())) {
      tokenizer = WordPieceTokenizer.fromJson(in);
    }
  }

  @Test
  void encodesWithBertUncasedIds() {
    assertThat(tokenizer.encode("Hello, World!", 512))
        .containsExactly(101, 7592, 1010, 2088, 999, 102);
    // greedy longest match first: una ##ffa ##ble
    assertThat(tokenizer.encode("unaffable", 512)).containsExactly(101, 14477, 20961, 3468, 102);
  }

  @Test
  void lowerCasesAndStripsAccents() {
    assertThat(tokenizer.encode("Héllo WORLD", 512))
        .isEqualTo(tokenizer.encode("hello world", 512));
  }

  @Test
  void cutsToTheWindowKeepingTheSeparator() {
    int[] ids = tokenizer.encode("word ".repeat(1000), 512);
    assertThat(ids).hasSize(512);
    assertThat(ids[0]).isEqualTo(101);
    assertThat(ids[511]).isEqualTo(102);
  }

  @Test
  void survivesControlCharactersAndEmptyText() {
    assertThat(tokenizer.encode("", 512)).containsExactly(101, 102);
    assertThat(tokenizer.encode("a\u0000b\u0007c", 512)).hasSizeGreaterThan(2);
  }
}
