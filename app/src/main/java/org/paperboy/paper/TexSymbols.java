package org.paperboy.paper;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What {@link TexText} knows of TeX's commands: symbols, wrappers and accents. */
final class TexSymbols {
  private TexSymbols() {}

  /** Commands that stand for one character or word. */
  static final Map<String, String> SYMBOLS = new HashMap<>();

  /** Commands whose one argument is shown as it is (fonts, emphasis, accents over a letter). */
  static final Set<String> WRAPPERS =
      words(
          """
          emph textbf textit textsl textsc texttt textrm textsf text textnormal mbox mathrm
          mathbf mathit mathsf mathtt mathcal mathscr mathfrak mathnormal boldsymbol bm
          operatorname hat widehat tilde widetilde bar overline underline vec dot ddot check
          breve acute grave url underbrace overbrace pmb uppercase
          """);

  /** Commands dropped with their one argument (references and labels mean nothing in a feed). */
  static final Set<String> DROPPED = Set.of("cite", "citep", "citet", "label", "ref", "eqref");

  /** Commands that only size or space what follows. */
  static final Set<String> SILENT =
      words(
          """
          left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr displaystyle textstyle
          scriptstyle limits nolimits quad qquad noindent it bf rm em sf tt small large Large
          footnotesize normalsize mathstrut strut nonumber relax
          """);

  /** The double-struck capitals of \mathbb. */
  static final Map<Character, String> DOUBLE_STRUCK =
      Map.of('R', "ℝ", 'N', "ℕ", 'Z', "ℤ", 'Q', "ℚ", 'C', "ℂ", 'E', "𝔼", 'P', "ℙ", 'F', "𝔽");

  /** Combining marks for the accents of text mode: {@code \'e} is é. */
  static final Map<Character, Character> ACCENTS =
      Map.ofEntries(
          Map.entry('\'', '\u0301'),
          Map.entry('`', '\u0300'),
          Map.entry('^', '\u0302'),
          Map.entry('"', '\u0308'),
          Map.entry('~', '\u0303'),
          Map.entry('=', '\u0304'),
          Map.entry('.', '\u0307'),
          Map.entry('c', '\u0327'),
          Map.entry('v', '\u030c'),
          Map.entry('u', '\u0306'),
          Map.entry('H', '\u030b'));

  /** Pairs of a command's name and what it stands for, one space between, two between pairs. */
  private static final String TABLE =
      """
      alpha α  beta β  gamma γ  delta δ  epsilon ϵ  varepsilon ε  zeta ζ  eta η  theta θ
      vartheta ϑ  iota ι  kappa κ  lambda λ  mu μ  nu ν  xi ξ  pi π  varpi ϖ  rho ρ
      varrho ϱ  sigma σ  varsigma ς  tau τ  upsilon υ  phi ϕ  varphi φ  chi χ  psi ψ
      omega ω  Gamma Γ  Delta Δ  Theta Θ  Lambda Λ  Xi Ξ  Pi Π  Sigma Σ  Upsilon Υ  Phi Φ
      Psi Ψ  Omega Ω  infty ∞  times ×  cdot ·  div ÷  pm ±  mp ∓  leq ≤  le ≤  geq ≥  ge ≥
      neq ≠  ne ≠  approx ≈  sim ∼  simeq ≃  equiv ≡  propto ∝  ll ≪  gg ≫  to →
      rightarrow →  leftarrow ←  Rightarrow ⇒  Leftarrow ⇐  leftrightarrow ↔
      Leftrightarrow ⇔  mapsto ↦  in ∈  notin ∉  subset ⊂  subseteq ⊆  supset ⊃  cup ∪
      cap ∩  emptyset ∅  forall ∀  exists ∃  neg ¬  wedge ∧  vee ∨  oplus ⊕  otimes ⊗
      sum ∑  prod ∏  int ∫  oint ∮  partial ∂  nabla ∇  sqrt √  ell ℓ  hbar ℏ  ldots …
      dots …  cdots ⋯  vdots ⋮  circ ∘  star ⋆  ast ∗  dagger †  langle ⟨  rangle ⟩
      lceil ⌈  rceil ⌉  lfloor ⌊  rfloor ⌋  mid |  vert |  Vert ‖  | ‖  prime ′  degree °
      log log  ln ln  exp exp  sin sin  cos cos  tan tan  max max  min min  arg arg
      argmax argmax  argmin argmin  det det  lim lim  sup sup  inf inf  Pr Pr  dim dim
      ker ker  deg deg  gcd gcd  TeX TeX  LaTeX LaTeX  textendash –  textemdash —  S §
      ss ß  aa å  AA Å  o ø  O Ø  ae æ  AE Æ  l ł  L Ł  i ı
      """;

  private static Set<String> words(String text) {
    return Set.of(text.strip().split("\\s+"));
  }

  static {
    for (String pair : TABLE.strip().split("\\s{2,}|\\n")) {
      String[] p = pair.strip().split(" ");
      SYMBOLS.put(p[0], p[1]);
    }
  }
}
