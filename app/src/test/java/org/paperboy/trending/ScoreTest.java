package org.paperboy.trending;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.paperboy.config.Config;

class ScoreTest {
  static final Config.Trending KNOBS = Config.Trending.defaults();

  @Property
  void aVoteMoreNeverLowersTheScore(
      @ForAll @IntRange(min = 0, max = 10_000) int votes,
      @ForAll @DoubleRange(min = 0, max = 1e5) double age) {
    assertThat(Score.of(votes + 1, 0, age, KNOBS)).isGreaterThan(Score.of(votes, 0, age, KNOBS));
  }

  @Property
  void anHourOlderNeverRaisesTheScore(
      @ForAll @IntRange(min = 0, max = 10_000) int votes,
      @ForAll @DoubleRange(min = 0, max = 1e5) double age) {
    assertThat(Score.of(votes, 0, age + 1, KNOBS)).isLessThan(Score.of(votes, 0, age, KNOBS));
  }
}
