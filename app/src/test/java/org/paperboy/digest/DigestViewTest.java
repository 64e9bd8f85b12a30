package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestViewTest {

  @Test
  void mailShowsTexAsReadableText() {
    assertThat(DigestView.title("MERGE$^3$: Efficient Evolutionary Merging"))
        .isEqualTo("MERGE^3: Efficient Evolutionary Merging");
    assertThat(DigestView.lead("We tune $\\alpha$ in $O(n^2)$ steps, \\emph{without} labels."))
        .isEqualTo("We tune α in O(n^2) steps, without labels.");
  }

  @Test
  void longAbstractsAreCutAtAWordAfterTheTexIsText() {
    String lead = DigestView.lead("$\\alpha$ " + "word ".repeat(100));
    assertThat(lead).startsWith("α word").endsWith(" …").hasSizeLessThan(300);
  }
}
