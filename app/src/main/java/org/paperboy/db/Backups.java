package org.paperboy.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/**
 * Copies of a SQLite database taken while it is in use ({@code VACUUM INTO}: one consistent
 * snapshot, readers and writers go on beside it), and the checks a copy passes before it is brought
 * back. A copy is written under a temporary name beside its target and renamed once complete, so no
 * half-written file ever carries the name asked for.
 */
public final class Backups {
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Backups() {}

  /** What a check of a copy found: the schema version it was migrated to, and its papers. */
  public record Inspection(String schemaVersion, long papers) {}

  /** A backup or restore that cannot be done; the message says why and what was left as it was. */
  public static final class BackupException extends RuntimeException {
    BackupException(String message) {
      super(message);
    }
  }

  /** The SQLite file of a {@code jdbc:sqlite:} URL. */
  public static Path sqliteFile(String jdbcUrl) {
    return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
  }

  /** Writes a consistent copy of {@code database} to {@code target}, which must not exist yet. */
  public static Inspection backUp(Path database, Path target) {
    if (!Files.isRegularFile(database)) {
      throw new BackupException("there is no database at " + database);
    }
    refuseTaken(target);
    Path part = partBeside(target);
    try (Connection c = open(database, false);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA synchronous = FULL");
      try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
        vacuum.setString(1, part.toString());
        vacuum.execute();
      }
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Inspection copy = inspect(part);
      Files.move(part, target); // no REPLACE_EXISTING: a file that appeared meanwhile stays
      return copy;
    } catch (SQLException | IOException | RuntimeException e) {
      deleteQuietly(part);
      if (e instanceof FileAlreadyExistsException) {
        throw new BackupException(target + " appeared meanwhile; it was left as it was");
      }
      String why = full(e) ? "the disk is full" : String.valueOf(e.getMessage());
      throw new BackupException(
          "the backup failed (" + why + "); nothing was written under " + target);
    }
  }

  /**
   * Checks that {@code file} is a whole Paperboy database this version can open: a SQLite file that
   * passes {@code PRAGMA quick_check}, with Paperboy's tables and no migration newer than known.
   * Reads only.
   */
  public static Inspection inspect(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BackupException(file + " is not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
        throw new BackupException(file + " is not a SQLite database");
      }
    } catch (IOException e) {
      throw new BackupException("cannot read " + file + ": " + e.getMessage());
    }
    try (Connection c = open(file, true)) {
      String check = one(c, "PRAGMA quick_check");
      if (!"ok".equals(check)) {
        throw new BackupException(file + " is damaged: " + check);
      }
      if (!hasTable(c, "flyway_schema_history") || !hasTable(c, "papers")) {
        throw new BackupException(file + " is not a Paperboy database");
      }
      String version = newestKnown(file);
      return new Inspection(version, Long.parseLong(one(c, "SELECT count(*) FROM papers")));
    } catch (SQLException e) {
      throw new BackupException(file + " cannot be read as a database: " + e.getMessage());
    }
  }

  /** Puts a checked copy in place as {@code database}, which must not exist yet. */
  public static Inspection restore(Path file, Path database) {
    Inspection copy = inspect(file);
    if (Files.exists(database, LinkOption.NOFOLLOW_LINKS)
        || Files.exists(database.resolveSibling(database.getFileName() + "-wal"))) {
      throw new BackupException(
          database
              + " already exists; restore into a folder without a database (stop the server and"
              + " move the old one away first)");
    }
    Path part = partBeside(database);
    try {
      Files.createDirectories(database.toAbsolutePath().getParent());
      Files.copy(file, part);
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(part, database);
      return copy;
    } catch (IOException e) {
      deleteQuietly(part);
      String why = full(e) ? "the disk is full" : String.valueOf(e.getMessage());
      throw new BackupException("the restore failed (" + why + "); " + database + " was not made");
    }
  }

  /** The version the copy was migrated to; refused when it is newer than this code knows. */
  private static String newestKnown(Path file) {
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
    source.setReadOnly(true);
    String newest = "none";
    for (MigrationInfo m : Pool.flyway(source, Database.Kind.SQLITE).info().all()) {
      MigrationState state = m.getState();
      if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
        throw new BackupException(
            file
                + " has schema version "
                + m.getVersion()
                + ", newer than this Paperboy knows: upgrade Paperboy first");
      }
      if (state.isFailed()) {
        throw new BackupException(file + " holds a failed migration (" + m.getVersion() + ")");
      }
      if (state.isApplied() && m.getVersion() != null) {
        newest = m.getVersion().getVersion();
      }
    }
    return newest;
  }

  private static void refuseTaken(Path target) {
    if (Files.isDirectory(target)) {
      throw new BackupException(target + " is a folder; name a file that does not exist yet");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new BackupException(target + " exists; a backup never overwrites: choose a new name");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new BackupException("the folder " + parent + " does not exist");
    }
  }

  private static Path partBeside(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".part");
  }

  private static Connection open(Path file, boolean readOnly) throws SQLException {
    Properties p = new Properties();
    p.setProperty("busy_timeout", String.valueOf(Database.BUSY_TIMEOUT_MS));
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    if (readOnly) {
      p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
      url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
    }
    return DriverManager.getConnection(url, p);
  }

  private static String one(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static boolean full(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("SQLITE_FULL") || m.contains("No space left") || m.contains("disk is full")) {
        return true;
      }
    }
    return false;
  }

  /** Deletes a temporary copy and the journal SQLite may have left beside it. */
  private static void deleteQuietly(Path file) {
    for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      } catch (IOException ignored) {
        // a leftover temporary name, never the name asked for
      }
    }
  }
}
