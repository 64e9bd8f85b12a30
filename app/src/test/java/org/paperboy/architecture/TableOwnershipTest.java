package org.paperboy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table is read and written by the package that owns it. ArchUnit sees calls, not SQL, so this
 * test reads the source: it joins the string literals of every file under {@code
 * src/main/java/org/paperboy} and finds the tables named after {@code FROM}, {@code INTO}, {@code
 * UPDATE} and {@code JOIN}. A table named outside its owner's package fails the test unless the
 * file is one of today's {@link #EXCEPTIONS}, which are listed so that they shrink, never grow
 * unseen. docs/architecture.md ("Who owns which table") says the same in prose.
 */
class TableOwnershipTest {
  static final Path SOURCES = Path.of("src", "main", "java", "org", "paperboy");
  static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

  /** Every table and the package (under org.paperboy) that owns it. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("papers", "paper"),
          Map.entry("change_counter", "db"),
          Map.entry("harvest_state", "ingest"),
          Map.entry("embeddings", "search"),
          Map.entry("votes", "trending"),
          Map.entry("paper_signals", "trending"),
          Map.entry("signal_observations", "signals"),
          Map.entry("signal_latest", "signals"),
          Map.entry("signal_papers", "signals"),
          Map.entry("signal_repos", "signals"),
          Map.entry("signal_rounds", "signals"),
          Map.entry("signal_limits", "signals"),
          Map.entry("users", "account"),
          Map.entry("sessions", "account"),
          Map.entry("sign_in_links", "account"),
          Map.entry("subscribers", "subscription"),
          Map.entry("topics", "subscription"),
          Map.entry("digests", "digest"),
          Map.entry("library", "library"),
          Map.entry("library_imports", "library"),
          Map.entry("api_tokens", "library"),
          Map.entry("recommend_models", "recommend"),
          Map.entry("recommend_spaces", "recommend"),
          Map.entry("recommend_sent", "recommend"),
          Map.entry("paper_authors", "paper"),
          Map.entry("author_backfill", "paper"),
          Map.entry("follows", "people"),
          Map.entry("claims", "people"),
          Map.entry("people_settings", "people"),
          Map.entry("citations", "people"),
          Map.entry("citation_checks", "signals"),
          Map.entry("source_harvests", "ingest"),
          Map.entry("labs", "lab"),
          Map.entry("lab_members", "lab"),
          Map.entry("lab_invitations", "lab"),
          Map.entry("lab_topics", "lab"),
          Map.entry("lab_lists", "lab"),
          Map.entry("lab_list_papers", "lab"),
          Map.entry("channels", "channel"),
          Map.entry("channel_posts", "channel"),
          Map.entry("cosave_optout", "recommend"));

  /**
   * Today's exceptions, "file table": SQL outside the owner's package, each with why it stays. Most
   * join papers for their titles or dates. Remove a line when its file stops naming the table.
   */
  static final Set<String> EXCEPTIONS =
      Set.of(
          "db/Backups.java papers", // checks that a copy is a Paperboy database by its papers
          "library/LibraryImport.java papers", // matches imported entries to known papers
          "library/LibraryStore.java papers", // joins papers for the library's titles and dates
          // finds the papers still waiting for a vector; a vector is current while its text is
          "search/EmbeddingStore.java papers",
          "signals/Observations.java papers", // picks the papers to observe
          "signals/Readings.java papers", // joins papers for the dates of readings
          "trending/Signals.java papers", // joins papers for their publication dates
          // issue 21: author pages page, count and sort an author's papers in SQL over the name
          // index (paper's), joined to claims; PaperStore has no such queries yet to go through
          "people/AuthorQueries.java paper_authors",
          "people/AuthorQueries.java papers",
          "people/People.java paper_authors",
          "people/People.java papers",
          // the citation round runs in signals, below people (people's pages read what it finds):
          // it picks the watched papers from claims, settings and saves, and writes citations
          "signals/Citations.java claims",
          "signals/Citations.java people_settings",
          "signals/Citations.java citations",
          "signals/Citations.java library");

  static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"", Pattern.DOTALL);
  static final Pattern CHAR = Pattern.compile("'(?:\\\\.|[^'\\\\])'");
  static final Pattern TABLE = Pattern.compile("\\b(?:FROM|INTO|UPDATE|JOIN)\\s+([a-z_]+)\\b");
  static final Pattern CREATE = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");

  @Test
  void everyTableHasAnOwner() {
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(createdTables());
  }

  @Test
  void tablesAreNamedInSqlOnlyByTheirOwnersPackage() {
    Set<String> outside = new TreeSet<>();
    for (String use : uses()) {
      String file = use.substring(0, use.indexOf(' '));
      String table = use.substring(use.indexOf(' ') + 1);
      if (!OWNERS.get(table).equals(packageOf(file)) && !EXCEPTIONS.contains(use)) {
        outside.add(use + " (owner: " + OWNERS.get(table) + ")");
      }
    }
    assertThat(outside)
        .as("SQL naming a table outside its owner's package: go through the owner's facade")
        .isEmpty();
  }

  @Test
  void everyExceptionIsStillNeeded() {
    assertThat(uses())
        .as("an exception whose file no longer names the table: remove it from EXCEPTIONS")
        .containsAll(EXCEPTIONS);
  }

  /** "file table" for every table named in SQL in every file, the file relative to SOURCES. */
  static Set<String> uses() {
    Set<String> uses = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String file = SOURCES.relativize(f).toString().replace('\\', '/');
        Matcher m = TABLE.matcher(literals(Files.readString(f)));
        while (m.find()) {
          if (OWNERS.containsKey(m.group(1))) {
            uses.add(file + " " + m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  /** The file's string literals, in order, joined by spaces: SQL split over several lines too. */
  static String literals(String source) {
    StringBuilder all = new StringBuilder();
    Matcher m = LITERAL.matcher(CHAR.matcher(source).replaceAll("' '"));
    while (m.find()) {
      all.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
    }
    return all.toString();
  }

  static String packageOf(String file) {
    int slash = file.indexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  static Set<String> createdTables() {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path f : files.toList()) {
        Matcher m = CREATE.matcher(Files.readString(f));
        while (m.find()) {
          tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }
}
