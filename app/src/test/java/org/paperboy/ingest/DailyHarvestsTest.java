package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DailyHarvestsTest {
  @Test
  void readsTheList() {
    assertThat(
            DailyHarvests.parse("arxiv:cs, biorxiv,medrxiv,arxiv:physics:quant-ph", null).entries())
        .containsExactly(
            new DailyHarvests.Entry.Arxiv("cs"),
            new DailyHarvests.Entry.Preprints("biorxiv"),
            new DailyHarvests.Entry.Preprints("medrxiv"),
            new DailyHarvests.Entry.Arxiv("physics:quant-ph"));
    assertThat(DailyHarvests.parse("", null).entries()).isEmpty();
    assertThat(DailyHarvests.parse(null, null).entries()).isEmpty();
    assertThatThrownBy(() -> DailyHarvests.parse("arxiv,pubmed", null))
        .hasMessageContaining("'pubmed'")
        .hasMessageContaining("arxiv, arxiv:SET, biorxiv or medrxiv");
  }
}
