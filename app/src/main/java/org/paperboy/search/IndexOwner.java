package org.paperboy.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who owns the index, written beside it ({@code DATA/index.owner}) by the process holding Lucene's
 * write lock, so that another process can say whom it waits for. The lock decides; this file only
 * names the holder (it may be stale after a crash, which {@link #alive()} tells).
 */
record IndexOwner(long pid, String role) {
  /** The server: it keeps the index in step for as long as it runs. */
  static final String SERVER = "serve";

  static final String JOB = "command";

  static Path file(Path index) {
    return index.resolveSibling(index.getFileName() + ".owner");
  }

  static void claim(Path index, String role) {
    try {
      Files.writeString(
          file(index), ProcessHandle.current().pid() + " " + role + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // only a name for messages: the lock itself is what counts
    }
  }

  static void release(Path index) {
    try {
      Optional<IndexOwner> o = read(index);
      if (o.isPresent() && o.get().pid() == ProcessHandle.current().pid()) {
        Files.deleteIfExists(file(index));
      }
    } catch (IOException e) {
      // a stale name is harmless: alive() tells
    }
  }

  static Optional<IndexOwner> read(Path index) {
    try {
      String[] parts = Files.readString(file(index), StandardCharsets.UTF_8).strip().split(" ", 2);
      return Optional.of(
          new IndexOwner(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : JOB));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  boolean isServer() {
    return SERVER.equals(role);
  }

  /** "process 1234 (paperboy serve)", for messages. */
  static String describe(Path index) {
    return read(index)
        .map(o -> "process " + o.pid() + " (paperboy " + o.role() + ")")
        .orElse("another process");
  }
}
