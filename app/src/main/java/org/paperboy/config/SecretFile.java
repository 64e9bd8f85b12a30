package org.paperboy.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.paperboy.config.Config.ConfigException;

/** The secret kept in {@code DATA/secret} when {@code PAPERBOY_SECRET} is not set. */
final class SecretFile {
  private SecretFile() {}

  /**
   * The folder's secret, generated (32 random bytes, readable by the owner only) the first time.
   */
  static byte[] readOrCreate(Path dataDir) {
    Path file = dataDir.resolve("secret");
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // a file of this process's own, then linked into place in one step: two processes starting
        // on one fresh folder never see a half-written secret, and the first one's stays
        Path part = Files.createTempFile(dataDir, "secret", ".part");
        try {
          try {
            Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder's own permissions apply
          }
          Files.write(part, Base64.getEncoder().encode(fresh));
          try {
            Files.createLink(file, part); // fails when the file exists: never replaces a secret
          } catch (FileAlreadyExistsException raced) {
            // another process made it first: use theirs
          } catch (UnsupportedOperationException noLinks) {
            Files.move(part, file);
          }
        } finally {
          Files.deleteIfExists(part);
        }
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read or create the secret " + file + ": " + e.getMessage());
    }
  }
}
