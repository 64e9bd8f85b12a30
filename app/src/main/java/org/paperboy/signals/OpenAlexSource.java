package org.paperboy.signals;

/** OpenAlex ({@code openalex}): which papers cite the watched ones. */
final class OpenAlexSource implements Source {
  private final Round.Parts p;

  OpenAlexSource(Kit kit) {
    this.p = kit.parts();
  }

  @Override
  public String name() {
    return "openalex";
  }

  @Override
  public long fetch(Round.Window w, Tally tally, Limits limits) {
    CitingPapers citing = p.citing().sources();
    p.citing().run(name(), citing::openAlex, tally, limits);
    return 0;
  }
}
