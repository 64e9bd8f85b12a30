package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.Config;
import org.paperboy.config.SignalSettings;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;
import org.paperboy.trending.Trending;
import org.paperboy.trending.Window;

/**
 * A new outside source is one class and one registration line: a test-only source of "boosts",
 * registered beside the built-in ones, is fetched from a local server by a round, and its numbers
 * reach the stored observations, the paper's history and the trending order.
 */
class FourthSourceTest {
  /** The whole of the new source: its name, its fetch, its weight in trending, its label. */
  static final class Boosts implements Source {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Round.Parts p;
    private final SourceCalls http;
    private final String base;

    Boosts(Kit kit, String base) {
      this.p = kit.parts();
      this.http = kit.http().apply(Map.of());
      this.base = base;
    }

    @Override
    public String name() {
      return "boosts";
    }

    @Override
    public long fetch(Round.Window w, Tally tally, Limits limits) {
      String url = base + "/boosts?from=" + w.from() + "&to=" + w.to();
      tally.calls++;
      if (!(http.get(url, null) instanceof Answer.Body b)) {
        tally.failed(url, "no list");
        return 0;
      }
      List<Observations.Obs> obs = new ArrayList<>();
      try {
        JsonNode n = JSON.readTree(b.bytes());
        n.fields()
            .forEachRemaining(
                e ->
                    obs.add(
                        new Observations.Obs(e.getKey(), name(), "boosts", e.getValue().asLong())));
      } catch (IOException e) {
        tally.malformed(url, e.getMessage());
      }
      p.store().record(obs, p.clock().instant());
      tally.values += obs.size();
      tally.papers += obs.size();
      return 0;
    }

    @Override
    public double trendPoints(String metric, long value) {
      return value; // a boost counts as a vote
    }

    @Override
    public String label(String metric, long value) {
      return value + " boosts";
    }
  }

  @TempDir Path dir;
  Database db;
  PaperStore papers;
  MutableClock clock;
  FakeSources world;

  @BeforeEach
  void open() {
    db = Database.open(Databases.sqlite(dir));
    clock = new MutableClock();
    papers = new PaperStore(db, clock);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    world = new FakeSources(r -> FakeSources.Reply.json("{\"2611.00002\": 50}"));
    papers.upsert(
        List.of(
            Fixtures.paper("2611.00001", "Newer", "Nothing.", today.minusDays(1).toString()),
            Fixtures.paper("2611.00002", "Boosted", "Nothing.", today.minusDays(2).toString())));
  }

  @AfterEach
  void close() {
    world.close();
    db.close();
  }

  @Test
  void aRegisteredSourceIsFetchedAndWeighsInTrending() {
    SignalSettings settings =
        new SignalSettings(
            Set.of(),
            true,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            Duration.ZERO,
            Duration.ofSeconds(2),
            100);
    List<Source.Maker> registered = new ArrayList<>(Sources.BUILT_IN);
    registered.add(kit -> new Boosts(kit, world.url())); // the one registration line
    OutsideSignals outside = new OutsideSignals(db, papers, null, settings, clock, registered);
    Trending trending = new Trending(db, papers, Config.Trending.defaults(), clock, outside);
    assertThat(trending.rankOf("2611.00001", Window.WEEK)).isEqualTo(1);

    RoundSummary summary = outside.fetch(Set.of("boosts"), false);

    assertThat(world.requests).extracting(FakeSources.Request::path).containsExactly("/boosts");
    assertThat(summary.toString()).contains("boosts:");
    assertThat(outside.history("2611.00002")).anyMatch(l -> l.endsWith(": 50 boosts"));
    Trending after = new Trending(db, papers, Config.Trending.defaults(), clock, outside);
    assertThat(after.rankOf("2611.00002", Window.WEEK)).isEqualTo(1);
  }

  @Test
  void aSettingMayNameARegisteredSourceAndIsRefusedANameNoSourceHas() {
    List<Source.Maker> registered = new ArrayList<>(Sources.BUILT_IN);
    registered.add(kit -> new Boosts(kit, world.url()));
    SignalSettings boosts = SignalSettings.none().withSources(Set.of("boosts"));
    assertThat(new OutsideSignals(db, papers, null, boosts, clock, registered).sourceNames())
        .containsExactly("hf", "github", "s2", "openalex", "boosts");
    assertThatThrownBy(() -> new OutsideSignals(db, papers, null, boosts, clock))
        .isInstanceOf(Config.ConfigException.class)
        .hasMessage(
            "PAPERBOY_SIGNALS: unknown source 'boosts' (use hf, github, s2, openalex or none)");
  }

  @Test
  void theBuiltInSourcesAreTheNamesASettingMayHold() {
    Sources built =
        new Sources(Sources.BUILT_IN, new Source.Kit(null, SignalSettings.none(), h -> null));
    assertThat(built.names()).containsExactly("hf", "github", "s2", "openalex");
    assertThat(built.listed()).isEqualTo("hf, github, s2 or openalex");
  }
}
