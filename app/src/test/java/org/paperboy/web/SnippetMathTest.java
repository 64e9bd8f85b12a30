package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetMathTest {
  static final String ABSTRACT =
      "We bound the error by $O(n^2)$ for all inputs. Then $\\alpha < 1$ holds. Plain text ends.";

  @Test
  void aHighlightInsideAFormulaMarksTheWholeFormula() {
    String snippet = "We bound the error by $O(<mark>n</mark>^2)$ for all inputs.";
    assertThat(SnippetMath.whole(snippet, ABSTRACT))
        .isEqualTo("<span>We bound the error by <mark>$O(n^2)$</mark> for all inputs.</span>");
  }

  @Test
  void aPassageCutInsideAFormulaTakesTheWholeFormula() {
    String snippet = "1$ holds. Plain <mark>text</mark> ends.";
    assertThat(SnippetMath.whole(snippet, ABSTRACT))
        .isEqualTo("<span>$\\alpha &lt; 1$ holds. Plain <mark>text</mark> ends.</span>");
  }

  @Test
  void passagesAreKeptApartSoThatTheirDollarsNeverPair() {
    String snippet = "We <mark>bound</mark> the error by $O(n^2)$ … Then $\\alpha &lt; 1$ holds.";
    assertThat(SnippetMath.whole(snippet, ABSTRACT))
        .isEqualTo(
            "<span>We <mark>bound</mark> the error by $O(n^2)$</span> … "
                + "<span>Then $\\alpha &lt; 1$ holds.</span>");
  }

  @Test
  void snippetsWithoutTexAreLeftAsTheyAre() {
    String snippet = "Plain <mark>text</mark> ends.";
    assertThat(SnippetMath.whole(snippet, ABSTRACT)).isSameAs(snippet);
    assertThat(SnippetMath.whole(null, ABSTRACT)).isNull();
  }
}
