package org.paperboy.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Makes synthetic papers in the exact shape of the Kaggle arXiv snapshot, from the vocabulary of
 * the bundled demo abstracts: words are drawn in proportion to how often real abstracts use them,
 * and abstracts are wrapped at 80 columns with indentation, as arXiv's are.
 */
public final class SyntheticPapers {
  private static final String[] CATEGORIES = {
    "cs.LG",
    "cs.CL",
    "cs.CV",
    "cs.AI",
    "cs.DC",
    "quant-ph",
    "hep-th",
    "math.OC",
    "stat.ML",
    "physics.optics"
  };
  private static final String[] FIRST = {
    "Anne", "Wei", "Carlos", "Priya", "Jonas", "Mei", "Olu", "Sara", "Ivan", "Yuki"
  };
  private static final String[] LAST = {
    "Ouyang", "Zhang", "Garcia", "Patel", "Müller", "Chen", "Adeyemi", "Rossi", "Petrov", "Tanaka"
  };
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final String[] words;

  private SyntheticPapers(String[] words) {
    this.words = words;
  }

  /** Loads the vocabulary from the demo abstracts in the jar. */
  public static SyntheticPapers fromDemoVocabulary() throws IOException {
    List<String> tokens = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode paper : demoPapers()) {
      for (String t : paper.path("abstract").asText().split("\\s+")) {
        if (!t.isBlank()) {
          tokens.add(t);
        }
      }
    }
    return new SyntheticPapers(tokens.toArray(String[]::new));
  }

  /** Title and abstract of each bundled demo quant-ph paper. */
  static List<String> demoAbstracts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode paper : demoPapers()) {
      texts.add(paper.path("title").asText() + ". " + paper.path("abstract").asText());
    }
    return texts;
  }

  private static List<com.fasterxml.jackson.databind.JsonNode> demoPapers() throws IOException {
    List<com.fasterxml.jackson.databind.JsonNode> papers = new ArrayList<>();
    try (InputStream raw =
            SyntheticPapers.class
                .getClassLoader()
                .getResourceAsStream("demo/quant-ph-2016.jsonl.gz");
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      String line;
      while ((line = in.readLine()) != null) {
        papers.add(mapper.readTree(line));
      }
    }
    return papers;
  }

  /** Writes {@code count} papers, one JSON object a line; the same seed gives the same file. */
  public void write(long count, long seed, OutputStream out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      StringBuilder text = new StringBuilder(2048);
      for (long i = 0; i < count; i++) {
        int month = (int) (i / 99_999);
        int yy = 7 + month / 12;
        int mm = 1 + month % 12;
        String id = String.format("%02d%02d.%05d", yy, mm, 1 + i % 99_999);
        int authors = 1 + random.nextInt(8);
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("submitter", FIRST[random.nextInt(10)] + " " + LAST[random.nextInt(10)]);
        StringBuilder names = new StringBuilder();
        List<String[]> parsed = new ArrayList<>();
        for (int a = 0; a < authors; a++) {
          String first = FIRST[random.nextInt(10)];
          String last = LAST[random.nextInt(10)];
          names.append(a == 0 ? "" : ", ").append(first).append(' ').append(last);
          parsed.add(new String[] {last, first, ""});
        }
        g.writeStringField("authors", names.toString());
        g.writeStringField("title", wrapped(text, random, 6 + random.nextInt(10), "  "));
        g.writeStringField(
            "comments", (5 + random.nextInt(30)) + " pages, " + random.nextInt(12) + " figures");
        g.writeNullField("journal-ref");
        g.writeNullField("doi");
        g.writeNullField("report-no");
        String primary = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String secondary = CATEGORIES[random.nextInt(CATEGORIES.length)];
        g.writeStringField(
            "categories", primary.equals(secondary) ? primary : primary + " " + secondary);
        g.writeStringField("license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        g.writeStringField(
            "abstract", "  " + wrapped(text, random, 120 + random.nextInt(120), "") + "\n");
        int versions = 1 + random.nextInt(3);
        int day = 1 + random.nextInt(28);
        g.writeArrayFieldStart("versions");
        for (int v = 1; v <= versions; v++) {
          g.writeStartObject();
          g.writeStringField("version", "v" + v);
          g.writeStringField(
              "created",
              String.format(
                  "%s, %d %s 20%02d 1%d:%02d:%02d GMT",
                  DAYS[
                      LocalDate.of(2000 + yy, mm, Math.min(28, day + v - 1))
                          .getDayOfWeek()
                          .ordinal()],
                  Math.min(28, day + v - 1),
                  MONTHS[mm - 1],
                  yy,
                  random.nextInt(10),
                  random.nextInt(60),
                  random.nextInt(60)));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField(
            "update_date", String.format("20%02d-%02d-%02d", yy, mm, Math.min(28, day + versions)));
        g.writeArrayFieldStart("authors_parsed");
        for (String[] p : parsed) {
          g.writeArray(p, 0, 3);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
  }

  /** {@code count} words of five letters or more, joined by spaces. */
  String words(int count, SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    while (count > 0) {
      String w = words[random.nextInt(words.length)].replaceAll("[^\\p{L}]", "");
      if (w.length() >= 5) {
        b.append(b.isEmpty() ? "" : " ").append(w.toLowerCase(java.util.Locale.ROOT));
        count--;
      }
    }
    return b.toString();
  }

  private String wrapped(StringBuilder text, SplittableRandom random, int count, String indent) {
    text.setLength(0);
    int column = 0;
    for (int w = 0; w < count; w++) {
      String word = words[random.nextInt(words.length)];
      if (column + word.length() > 78) {
        text.append('\n').append(indent);
        column = indent.length();
      } else if (w > 0) {
        text.append(' ');
        column++;
      }
      text.append(word);
      column += word.length();
    }
    return text.toString();
  }
}
