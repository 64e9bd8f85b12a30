package org.paperboy.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The uncased BERT WordPiece tokenizer of the bundled model, read from its {@code tokenizer.json}:
 * text cleaning, CJK splitting, lower-casing with accents stripped, punctuation splitting, then
 * greedy longest-match word pieces. Produces {@code [CLS] ... [SEP]} ids, cut to the window.
 */
final class WordPieceTokenizer {
  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;
  private final int cls;
  private final int sep;
  private final int unk;

  private WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = vocab;
    this.cls = id(vocab, "[CLS]");
    this.sep = id(vocab, "[SEP]");
    this.unk = id(vocab, "[UNK]");
  }

  static WordPieceTokenizer fromJson(InputStream tokenizerJson) throws IOException {
    JsonNode model = new ObjectMapper().readTree(tokenizerJson).path("model");
    if (!"WordPiece".equals(model.path("type").asText())) {
      throw new IOException("not a WordPiece tokenizer: " + model.path("type").asText());
    }
    Map<String, Integer> vocab = new HashMap<>(64_000);
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    return new WordPieceTokenizer(vocab);
  }

  private static int id(Map<String, Integer> vocab, String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary lacks " + token);
    }
    return id;
  }

  /** Token ids of the text with {@code [CLS]} and {@code [SEP]}, at most {@code maxTokens} long. */
  int[] encode(String text, int maxTokens) {
    IntList ids = new IntList(Math.min(maxTokens, text.length() / 3 + 8));
    ids.add(cls);
    String normal = normalize(text);
    int limit = maxTokens - 1;
    int n = normal.length();
    int i = 0;
    while (i < n && ids.size < limit) {
      char c = normal.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (isPunctuation(c)) {
        ids.add(vocab.getOrDefault(String.valueOf(c), unk));
        i++;
        continue;
      }
      int end = i;
      while (end < n && normal.charAt(end) != ' ' && !isPunctuation(normal.charAt(end))) {
        end++;
      }
      wordPieces(normal, i, end, ids, limit);
      i = end;
    }
    ids.add(sep);
    return ids.toArray();
  }

  private void wordPieces(String s, int start, int end, IntList out, int limit) {
    if (end - start > MAX_WORD_CHARS) {
      out.add(unk);
      return;
    }
    int mark = out.size;
    int pos = start;
    while (pos < end) {
      int stop = end;
      Integer found = null;
      while (stop > pos) {
        String piece = pos == start ? s.substring(pos, stop) : "##" + s.substring(pos, stop);
        found = vocab.get(piece);
        if (found != null) {
          break;
        }
        stop--;
      }
      if (found == null) {
        out.size = mark;
        out.add(unk);
        return;
      }
      if (out.size >= limit) {
        return;
      }
      out.add(found);
      pos = stop;
    }
  }

  /** BERT's basic normalisation: clean, space out CJK, lower-case, strip accents. */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0
          || c == 0xfffd
          || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
        b.append(' ');
      } else if (isCjk(c)) {
        b.append(' ').append(c).append(' ');
      } else {
        b.append(c);
      }
    }
    String lower = b.toString().toLowerCase(java.util.Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder stripped = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        stripped.append(c);
      }
    }
    return stripped.toString();
  }

  static boolean isPunctuation(char c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF);
  }

  /** A growable int array without boxing. */
  private static final class IntList {
    int[] a;
    int size;

    IntList(int capacity) {
      a = new int[Math.max(8, capacity)];
    }

    void add(int v) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}
