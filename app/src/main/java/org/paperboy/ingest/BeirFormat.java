package org.paperboy.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.paperboy.paper.Paper;

/** A BEIR corpus line: {@code _id} becomes the paper id, {@code text} the abstract. */
final class BeirFormat extends JsonLineFormat<BeirFormat.Record> {

  record Record(@JsonProperty("_id") String id, String title, String text) {}

  BeirFormat() {
    super(Record.class);
  }

  @Override
  Paper toPaper(Record r) throws RecordException {
    return Papers.build(
        r.id(), 0, r.title(), r.text(), null, null, null, null, null, null, null, null, null,
        "beir");
  }
}
