package org.paperboy.library;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.LiteralValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * Bounds what {@code @string} macros may expand to, before anything expands them: a 500-byte file
 * of macros that each repeat the one before can stand for a title of a hundred million characters.
 * The expanded length of every macro is worked out once (memoised), so the check itself is linear.
 */
final class Expansion {
  /** The longest field an entry may have, after its macros are expanded. */
  static final int MAX_FIELD = 10_000;

  /** What all the file's macros together may add to its entries. */
  static final long MAX_TOTAL = 1024 * 1024;

  private final Map<BibTeXString, Long> lengths = new IdentityHashMap<>();
  private long expanded;

  /** Why this entry is refused, or null when its fields are within the bounds. */
  String refusal(BibTeXEntry e) {
    long added = 0;
    for (Map.Entry<Key, Value> field : e.getFields().entrySet()) {
      long length;
      try {
        length = length(field.getValue(), 0);
      } catch (StackOverflowError deep) {
        length = Long.MAX_VALUE;
      }
      if (length > MAX_FIELD) {
        return "field "
            + field.getKey().getValue()
            + " would be longer than "
            + MAX_FIELD
            + " characters once its @string macros are expanded";
      }
      added += length - literal(field.getValue());
    }
    if (added > 0 && (expanded += added) > MAX_TOTAL) {
      return "the file's @string macros expand to more than 1 MB in all";
    }
    return null;
  }

  private long length(Value v, int depth) {
    if (depth > BibtexReader.MAX_NESTING * 4) {
      return Long.MAX_VALUE;
    }
    return switch (v) {
      case LiteralValue l -> l.getString() == null ? 0 : l.getString().length();
      case ConcateValue c -> sum(length(c.getLeft(), depth + 1), length(c.getRight(), depth + 1));
      case ReferenceValue r -> macro(r.getString(), depth);
      case CrossReferenceValue x -> length(x.getValue(), depth + 1);
      default -> 0;
    };
  }

  private long macro(BibTeXString s, int depth) {
    if (s == null || s.getValue() == null) {
      return 0; // undefined: the field stays empty
    }
    Long known = lengths.get(s);
    if (known == null) {
      lengths.put(s, Long.MAX_VALUE); // a macro that refers to itself is endless
      known = length(s.getValue(), depth + 1);
      lengths.put(s, known);
    }
    return known;
  }

  /** Characters the field holds as written, without expanding anything. */
  private static long literal(Value v) {
    return v instanceof LiteralValue l && l.getString() != null ? l.getString().length() : 0;
  }

  private static long sum(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }
}
