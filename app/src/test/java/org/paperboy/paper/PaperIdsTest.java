package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperIdsTest {
  @Test
  void idsThatArePathStepsOrHideCharactersAreRefused() {
    assertThat(PaperIds.problem(".")).contains("path step");
    assertThat(PaperIds.problem("..")).contains("path step");
    assertThat(PaperIds.problem("a b")).isNotNull();
    assertThat(PaperIds.problem("x/y")).contains("slash");
    assertThat(PaperIds.problem("a\u202Eb")).isNotNull();
    assertThat(PaperIds.problem("...")).isNull();
    assertThat(PaperIds.problem("2502.10436")).isNull();
    assertThat(PaperIds.problem("quant-ph/0101001")).isNull();
  }
}
