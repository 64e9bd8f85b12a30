package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArxivIdsTest {
  @Test
  void readsEveryFormSourcesUse() {
    assertThat(ArxivIds.parse("2502.10517")).isEqualTo(new ArxivIds.ArxivId("2502.10517", 0));
    assertThat(ArxivIds.parse("2502.10517v3")).isEqualTo(new ArxivIds.ArxivId("2502.10517", 3));
    assertThat(ArxivIds.parse("arXiv:0704.0001")).isEqualTo(new ArxivIds.ArxivId("0704.0001", 0));
    assertThat(ArxivIds.parse("oai:arXiv.org:quant-ph/0101001"))
        .isEqualTo(new ArxivIds.ArxivId("quant-ph/0101001", 0));
    assertThat(ArxivIds.parse("http://arxiv.org/abs/math.CO/0601001v2"))
        .isEqualTo(new ArxivIds.ArxivId("math.CO/0601001", 2));
    assertThat(ArxivIds.parse("https://arxiv.org/abs/2502.10517v2"))
        .isEqualTo(new ArxivIds.ArxivId("2502.10517", 2));
  }

  @Test
  void refusesWhatIsNotAnArxivId() {
    assertThat(ArxivIds.parse("4983")).isNull();
    assertThat(ArxivIds.parse("10.1000/xyz")).isNull();
    assertThat(ArxivIds.parse("")).isNull();
    assertThat(ArxivIds.isArxivId("2502.10517v2")).isFalse();
    assertThat(ArxivIds.isArxivId("2502.10517")).isTrue();
  }
}
