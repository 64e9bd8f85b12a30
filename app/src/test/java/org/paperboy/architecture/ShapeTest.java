package org.paperboy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sizes the house keeps so that a newcomer can read any room: no constructor of a class
 * (records aside: their components are their data) takes more than seven parameters, and no source
 * file of the product is over 300 lines.
 */
class ShapeTest {
  static final int MOST_PARAMETERS = 7;
  static final int MOST_LINES = 300;

  @Test
  void noConstructorTakesMoreThanSevenParameters() {
    JavaClasses main = ProductClasses.get();
    List<String> tooMany = new ArrayList<>();
    for (JavaClass c : main) {
      if (c.isRecord() || c.isEnum() || c.getModifiers().contains(JavaModifier.SYNTHETIC)) {
        continue;
      }
      for (JavaConstructor k : c.getConstructors()) {
        // an inner class's constructor also takes its outer instance
        int own = k.getRawParameterTypes().size() - (c.isInnerClass() ? 1 : 0);
        if (own > MOST_PARAMETERS) {
          tooMany.add(k.getFullName());
        }
      }
    }
    assertThat(tooMany).isEmpty();
  }

  @Test
  void noSourceFileIsOverThreeHundredLines() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        long lines = Files.readAllLines(f).size();
        if (lines > MOST_LINES) {
          tooLong.add(sources.relativize(f) + " (" + lines + " lines)");
        }
      }
    }
    assertThat(tooLong).isEmpty();
  }
}
