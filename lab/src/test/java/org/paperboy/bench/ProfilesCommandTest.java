package org.paperboy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.testing.TestApp;

/**
 * {@code lab/run profiles}: ranks as {@code paperboy recommend --profiles} does with the shipped
 * methods, and with the candidates that are not shipped.
 */
class ProfilesCommandTest {
  @TempDir static Path dir;
  static String data;
  static String profiles;

  @BeforeAll
  static void corpus() throws Exception {
    data = dir.resolve("data").toString();
    try (Paperboy app = TestApp.open(dir.resolve("data"), null)) {
      TestApp.load(app, "web-corpus.jsonl", true);
    }
    profiles = dir.resolve("profiles.jsonl").toString();
    Files.writeString(
        Path.of(profiles),
        """
        {"_id":"ada","liked":["r01","r02","r03"],"disliked":["r04"]}
        {"_id":"bob","liked":["r05","r06"]}
        """);
  }

  /** The papers of a TREC run, in order, with their profiles (the scores left out). */
  private static List<String> ranked(String run) {
    return run.lines().map(l -> l.split(" ")).map(f -> f[0] + " " + f[2] + " " + f[3]).toList();
  }

  private static String[] lab(int code, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Lab.run(new PrintWriter(out, true), new PrintWriter(err, true), args))
        .as(err.toString())
        .isEqualTo(code);
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void theShippedMethodsRankAsTheProductsCommandDoes() {
    for (String method : List.of("blend", "decay")) {
      StringWriter out = new StringWriter();
      int code =
          TestApp.run(
              Path.of(data),
              out,
              new StringWriter(),
              "recommend",
              "--profiles",
              profiles,
              "--method",
              method);
      assertThat(code).isZero();
      String run =
          lab(0, "profiles", "--data", data, "--profiles", profiles, "--method", method)[0];
      assertThat(ranked(run)).isNotEmpty().isEqualTo(ranked(out.toString()));
      assertThat(run.lines()).allMatch(l -> l.endsWith(" paperboy-" + method));
    }
  }

  @Test
  void theCandidatesRankEveryOtherStoredPaper() {
    for (String method : List.of("logreg", "logreg-blend", "raw-knn")) {
      String run =
          lab(0, "profiles", "--data", data, "--profiles", profiles, "--method", method)[0];
      assertThat(run.lines().filter(l -> l.startsWith("ada Q0 ")))
          .hasSize(14 - 4)
          .allMatch(l -> l.endsWith(" paperboy-" + method))
          .noneMatch(l -> l.contains(" r01 ") || l.contains(" r04 "));
    }
    String json =
        lab(
            0,
            "profiles",
            "--data",
            data,
            "--profiles",
            profiles,
            "--method",
            "logreg",
            "--format",
            "json")[0];
    assertThat(json.lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("{\"_id\":\"ada\",\"ranking\":[");
  }

  @Test
  void anUnknownMethodIsRefusedNamingEveryMethod() {
    String err = lab(2, "profiles", "--data", data, "--profiles", profiles, "--method", "x")[1];
    assertThat(err).contains("lab: unknown method 'x' (use one of [blend, knn,").contains("logreg");
  }
}
