package org.paperboy.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The co-save model on a small fixed community whose neighbours are known. */
class CoSaveModelTest {
  /**
   * Four readers saved a and b; three of them also c; two of them d (with a); one reader saved a
   * and e. So a's neighbours with at least 3 readers are b (4) and c (3), never d (2) or e (1).
   */
  static final List<List<String>> COMMUNITY =
      List.of(
          List.of("a", "b", "c", "d"),
          List.of("a", "b", "c", "d"),
          List.of("a", "b", "c"),
          List.of("a", "b", "x"),
          List.of("a", "e"),
          List.of("x", "y"),
          List.of("x", "y"),
          List.of("x", "y"));

  @Test
  void neighboursAreThePapersSavedTogetherByAtLeastTheMinimumOfReaders() {
    CoSaveModel m = CoSaveModel.build(COMMUNITY, 3);
    assertThat(m.neighbours("a", 10))
        .extracting(CoSaveModel.Neighbour::paperId)
        .containsExactly("b", "c");
    assertThat(m.neighbours("a", 10))
        .extracting(CoSaveModel.Neighbour::readers)
        .containsExactly(4, 3);
    assertThat(m.neighbours("x", 10))
        .extracting(CoSaveModel.Neighbour::paperId)
        .containsExactly("y");
    assertThat(m.neighbours("d", 10)).isEmpty(); // d was saved by 2 readers only
    assertThat(m.neighbours("e", 10)).isEmpty();
    assertThat(m.neighbours("unknown", 10)).isEmpty();
  }

  @Test
  void theSimilarityIsTheReaderWeightedCosineWithShrinkage() {
    CoSaveModel m = CoSaveModel.build(COMMUNITY, 3);
    // a saved by 5, b by 4; readers of both have 4, 4, 3 and 3 saves
    double expected =
        (2 / Math.sqrt(4) + 2 / Math.sqrt(3)) / (Math.sqrt(5.0 * 4) + CoSaveModel.SHRINK);
    assertThat(m.neighbours("a", 1).get(0).sim()).isCloseTo(expected, within(1e-6));
    assertThat(m.neighbours("b", 10).get(0).sim()).isCloseTo(expected, within(1e-6)); // symmetric
  }

  @Test
  void aLowerMinimumKeepsRarerPairsAndOneReaderPairsOnlyAtOne() {
    assertThat(CoSaveModel.build(COMMUNITY, 2).neighbours("a", 10))
        .extracting(CoSaveModel.Neighbour::paperId)
        .containsExactly("b", "c", "d");
    assertThat(CoSaveModel.build(COMMUNITY, 1).neighbours("a", 10))
        .extracting(CoSaveModel.Neighbour::paperId)
        .contains("e", "x");
  }

  @Test
  void scoresSumTheSimilaritiesToThePersonsPapersAndNameTheStrongest() {
    CoSaveModel m = CoSaveModel.build(COMMUNITY, 3);
    Map<String, CoSaveModel.Score> s = m.scores(List.of("b", "c"));
    assertThat(s).containsOnlyKeys("a"); // b and c are the person's own
    double viaB = m.neighbours("b", 10).get(0).sim();
    double viaC =
        m.neighbours("c", 10).stream()
            .filter(n -> n.paperId().equals("a"))
            .findFirst()
            .orElseThrow()
            .sim();
    assertThat(s.get("a").value()).isCloseTo(viaB + viaC, within(1e-6));
    assertThat(s.get("a").because()).isEqualTo("b");
    assertThat(s.get("a").readers()).isEqualTo(4);
    assertThat(m.scores(List.of("d", "e", "nothing"))).isEmpty();
  }

  @Test
  void aReaderWithThousandsOfSavesCannotDominate() {
    List<List<String>> readers = new ArrayList<>();
    List<String> hoarder = new ArrayList<>(List.of("p", "q"));
    for (int i = 0; i < 3000; i++) {
      hoarder.add("h" + i);
    }
    for (int i = 0; i < 3; i++) {
      readers.add(List.of("p", "r")); // three focused readers: p with r
    }
    readers.add(hoarder); // one hoarder with p and q among 3,000 others
    readers.add(List.of("q", "p"));
    readers.add(List.of("q", "p"));
    CoSaveModel m = CoSaveModel.build(readers, 3);
    // p-q has 3 readers (the hoarder among them) and p-r 3: the hoarder's weight is 1/√1000
    // (the newest 1,000 of its saves), so p-r is far closer
    List<CoSaveModel.Neighbour> n = m.neighbours("p", 10);
    assertThat(n).extracting(CoSaveModel.Neighbour::paperId).containsExactly("r", "q");
    assertThat(n.get(0).sim()).isGreaterThan(n.get(1).sim());
    assertThat(m.neighbours("h5", 10)).isEmpty();
  }

  @Test
  void anEmptyInstanceHasNoNeighbours() {
    assertThat(CoSaveModel.EMPTY.neighbours("a", 5)).isEmpty();
    assertThat(CoSaveModel.EMPTY.scores(List.of("a"))).isEmpty();
  }
}
