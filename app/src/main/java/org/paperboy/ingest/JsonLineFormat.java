package org.paperboy.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.paperboy.paper.Paper;

/** A format of one JSON object a line, read straight from UTF-8 bytes. */
abstract class JsonLineFormat<T> {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

  private final ObjectReader reader;

  JsonLineFormat(Class<T> type) {
    this.reader = MAPPER.readerFor(type);
  }

  /** Parses one line; the bytes are UTF-8 and hold exactly one JSON object. */
  final Paper parse(byte[] bytes, int offset, int length) throws RecordException {
    T record;
    try {
      record = reader.readValue(bytes, offset, length);
    } catch (MismatchedInputException e) {
      throw new RecordException("unexpected JSON: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new RecordException(jsonReason(e));
    } catch (IOException e) {
      throw new RecordException("unreadable: " + e.getMessage());
    }
    if (record == null) {
      throw new RecordException("not a JSON object");
    }
    return toPaper(record);
  }

  abstract Paper toPaper(T record) throws RecordException;

  private static String jsonReason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Invalid UTF-8")) {
      return "invalid UTF-8 (" + message + ")";
    }
    return "malformed JSON: "
        + (message == null ? e.getClass().getSimpleName() : firstLine(message));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
