package org.paperboy.cli;

import java.time.Duration;
import org.paperboy.ingest.ArxivApi;
import picocli.CommandLine.Option;

/** Where the arXiv API is and how politely to ask it: the options of every command that fetches. */
final class ArxivApiOptions {
  @Option(
      names = "--api",
      paramLabel = "URL",
      defaultValue = ArxivApi.DEFAULT_URL,
      description = "arXiv API query URL (default: ${DEFAULT-VALUE}).")
  String url;

  @Option(
      names = "--delay-ms",
      paramLabel = "MS",
      defaultValue = "3000",
      description = "Pause between arXiv API requests (default: ${DEFAULT-VALUE}).")
  long delayMs;

  Duration delay() {
    return Duration.ofMillis(delayMs);
  }
}
