package org.paperboy.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TexTextTest {

  @Test
  void superscriptsAndGreekLettersBecomeReadable() {
    assertThat(TexText.plain("MERGE$^3$: Efficient Evolutionary Merging"))
        .isEqualTo("MERGE^3: Efficient Evolutionary Merging");
    assertThat(TexText.plain("with $\\alpha$-divergence")).isEqualTo("with α-divergence");
    assertThat(TexText.plain("runs in $O(n^2)$ time")).isEqualTo("runs in O(n^2) time");
    assertThat(TexText.plain("$x^{n+1}_{i}$ and $\\mathcal{O}(n \\log n)$"))
        .isEqualTo("x^(n+1)_i and O(n log n)");
  }

  @Test
  void textCommandsKeepTheirWords() {
    assertThat(TexText.plain("We \\emph{never} use \\textbf{bold} claims"))
        .isEqualTo("We never use bold claims");
    assertThat(TexText.plain("Schr\\\"odinger and Bal\\'azs, Erd\\H{o}s"))
        .isEqualTo("Schrödinger and Balázs, Erdős");
    assertThat(TexText.plain("costs 5\\% and \\$3")).isEqualTo("costs 5% and $3");
  }

  @Test
  void allFourDelimitersAreFormulas() {
    assertThat(TexText.plain("a \\(\\beta\\) b \\[\\gamma\\] c $$\\delta$$ d"))
        .isEqualTo("a β b γ c δ d");
    assertThat(TexText.formulas("a \\(x\\) b $$y$$"))
        .containsExactly(new TexText.Formula(2, 7, 2), new TexText.Formula(10, 15, 2));
  }

  @Test
  void fractionsRootsAndBlackboardLetters() {
    assertThat(TexText.plain("$\\frac{1}{2}$ and $\\frac{a+b}{n}$")).isEqualTo("1/2 and (a+b)/n");
    assertThat(TexText.plain("$x \\in \\mathbb{R}^d$, $\\sqrt{n}$")).isEqualTo("x ∈ ℝ^d, √n");
    assertThat(TexText.plain("$\\{0, 1\\}^n$")).isEqualTo("{0, 1}^n");
  }

  @Test
  void linksShowTheirTextAndNeverTheirAddress() {
    assertThat(TexText.plain("see \\href{javascript:alert(1)}{the code}"))
        .isEqualTo("see the code");
    assertThat(TexText.plain("$\\href{javascript:alert(1)}{x}$")).isEqualTo("x");
    assertThat(TexText.plain("at \\url{https://example.org}")).isEqualTo("at https://example.org");
  }

  @Test
  void anUnclosedDollarStaysAsWritten() {
    assertThat(TexText.plain("costs $5 a month")).isEqualTo("costs $5 a month");
    assertThat(TexText.formulas("costs $5 a month")).isEmpty();
  }

  @Test
  void textWithoutTexIsReturnedAsItIs() {
    String s = "KernelBench: Can LLMs Write Efficient GPU Kernels?";
    assertThat(TexText.plain(s)).isSameAs(s);
    assertThat(TexText.plain(null)).isNull();
  }

  @Test
  void hostileInputEndsQuickly() {
    String braces = "$" + "{".repeat(50_000) + "x" + "}".repeat(50_000) + "$";
    String dollars = "$".repeat(10_000);
    String unclosed = "\\frac{".repeat(20_000);
    long start = System.nanoTime();
    assertThat(TexText.plain(braces)).contains("x");
    assertThat(TexText.plain(dollars)).isEmpty();
    assertThat(TexText.plain(unclosed)).isNotNull();
    assertThat(TexText.formulas(dollars)).hasSize(2_500);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Property
  void anyTextComesBackWithoutThrowing(
      @ForAll
          @Chars({'$', '\\', '{', '}', '^', '_', 'a', '(', ')', '[', ']', ' ', '\'', '"'})
          @StringLength(max = 60)
          String s) {
    assertThat(TexText.plain(s)).isNotNull();
    for (TexText.Formula f : TexText.formulas(s)) {
      assertThat(f.start()).isLessThan(f.end());
      assertThat(f.end()).isLessThanOrEqualTo(s.length());
    }
  }
}
