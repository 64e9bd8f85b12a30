package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void collapsesArxivLineBreaksAndIndentation() {
    assertThat(
            Text.clean(
                "Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies"))
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(Text.clean("  A fully differential\ncalculation.\n"))
        .isEqualTo("A fully differential calculation.");
  }

  @Test
  void keepsTexAsWritten() {
    assertThat(Text.clean("The $(k,\\ell)$-pebble game of Bal\\'azs"))
        .isEqualTo("The $(k,\\ell)$-pebble game of Bal\\'azs");
  }

  @Test
  void blankBecomesNull() {
    assertThat(Text.clean(" \n\t ")).isNull();
    assertThat(Text.clean(null)).isNull();
  }

  @Property
  void agreesWithTheObviousDefinition(
      @ForAll
          @Chars({' ', '\n', '\t', '\r', '\u00a0', 'a', 'b', '$', '\\'})
          @CharRange(from = 'x', to = 'z')
          String s) {
    String expected = s.replace('\u00a0', ' ').replaceAll("[\\s]+", " ").strip();
    assertThat(Text.clean(s)).isEqualTo(expected.isEmpty() ? null : expected);
  }
}
