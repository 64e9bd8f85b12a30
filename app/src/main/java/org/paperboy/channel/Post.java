package org.paperboy.channel;

import java.time.LocalDate;
import java.util.List;

/**
 * What one channel gets for one date, before it is formatted for the platform: sections of papers,
 * each with a readable title (TeX as text), its page here and why it is there.
 */
record Post(String lab, String labUrl, LocalDate date, List<Section> sections) {
  record Section(String title, List<Item> items) {}

  record Item(String id, String title, String url, String authors, String why, String note) {}

  int papers() {
    return sections.stream().mapToInt(s -> s.items().size()).sum();
  }

  String heading() {
    return lab + " — papers for " + date;
  }
}
