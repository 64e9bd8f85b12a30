package org.paperboy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {
  @TempDir Path dir;

  @Test
  void manyStartingAtOnceOnAFreshFolderAllGetTheOneSecretThatWasWritten() throws Exception {
    Config config = new Config(dir, null);
    Callable<String> read = () -> Base64.getEncoder().encodeToString(config.secretBytes());
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> all = IntStream.range(0, 8).mapToObj(i -> threads.submit(read)).toList();
      String first = all.getFirst().get();
      for (Future<String> f : all) {
        assertThat(f.get()).isEqualTo(first);
      }
      assertThat(Base64.getDecoder().decode(first)).hasSize(32);
      try (var left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString())).containsExactly("secret");
      }
    } finally {
      threads.shutdown();
    }
  }
}
