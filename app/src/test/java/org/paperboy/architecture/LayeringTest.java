package org.paperboy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the codebase keeps: faces (command line, web, MCP) call features, features call
 * core, never the other way; the composition root builds them all. Read from the bytecode, so fully
 * qualified names written inline count too. The benchmarks live in the lab module, not here.
 */
class LayeringTest {
  static final String[] FACES = {"org.paperboy.cli..", "org.paperboy.web..", "org.paperboy.mcp.."};
  static final String[] FEATURES = {
    "org.paperboy.ingest..",
    "org.paperboy.search..",
    "org.paperboy.trending..",
    "org.paperboy.signals..",
    "org.paperboy.subscription..",
    "org.paperboy.digest..",
    "org.paperboy.account..",
    "org.paperboy.library..",
    "org.paperboy.recommend..",
    "org.paperboy.lab..",
    "org.paperboy.channel..",
    "org.paperboy.people.."
  };
  static final String[] CORE = {
    "org.paperboy.paper..",
    "org.paperboy.mail..",
    "org.paperboy.db..",
    "org.paperboy.config..",
    "org.paperboy.http..",
    "org.paperboy.jobs..",
    "org.paperboy.core.."
  };

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = ProductClasses.get();
  }

  @Test
  void facesCallFeaturesAndFeaturesCallCoreNeverTheOtherWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Root")
        .definedBy("org.paperboy")
        .layer("Faces")
        .definedBy(FACES)
        .layer("Features")
        .definedBy(FEATURES)
        .layer("Core")
        .definedBy(CORE)
        .whereLayer("Faces")
        .mayOnlyBeAccessedByLayers("Root", "Faces")
        .whereLayer("Root")
        .mayOnlyBeAccessedByLayers("Faces")
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Root", "Faces", "Features")
        .check(main);
  }

  @Test
  void everyPackageBelongsToALayer() {
    classes()
        .should()
        .resideInAnyPackage(concat("org.paperboy", FACES, FEATURES, CORE))
        .check(main);
  }

  @Test
  void theProductHoldsNoBenchmarkCode() {
    noClasses().should().resideInAPackage("org.paperboy.bench..").check(main);
  }

  @Test
  void noCycleBetweenPackages() {
    slices().matching("org.paperboy.(*)..").should().beFreeOfCycles().check(main);
  }

  private static String[] concat(String root, String[]... groups) {
    return Stream.concat(Stream.of(root), Arrays.stream(groups).flatMap(Arrays::stream))
        .toArray(String[]::new);
  }
}
