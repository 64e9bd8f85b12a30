package org.paperboy.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The product's classes, read from the bytecode once per test JVM for the architecture tests. */
final class ProductClasses {
  private static JavaClasses classes;

  private ProductClasses() {}

  static synchronized JavaClasses get() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.paperboy");
    }
    return classes;
  }
}
