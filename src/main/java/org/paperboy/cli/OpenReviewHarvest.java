package org.paperboy.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code paperboy harvest --source openreview --venue ID}. */
final class OpenReviewHarvest {
  private OpenReviewHarvest() {}

  static int run(HarvestCommand h, CommandSpec spec) {
    throw new IllegalArgumentException("--source openreview is not built yet");
  }
}
