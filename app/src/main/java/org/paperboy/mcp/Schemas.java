package org.paperboy.mcp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Schemas of the tools' inputs and outputs, written as maps (what the SDK takes). */
final class Schemas {
  private Schemas() {}

  /** A property: its schema and whether it is required. */
  record Prop(String name, Map<String, Object> schema, boolean required) {}

  static Prop req(String name, Map<String, Object> schema) {
    return new Prop(name, schema, true);
  }

  static Prop opt(String name, Map<String, Object> schema) {
    return new Prop(name, schema, false);
  }

  /** An object with these properties and no others. */
  static Map<String, Object> object(Prop... props) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Prop p : props) {
      properties.put(p.name(), p.schema());
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    s.put("properties", properties);
    List<String> required = Arrays.stream(props).filter(Prop::required).map(Prop::name).toList();
    if (!required.isEmpty()) {
      s.put("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  /** An object that may grow new fields: outputs, so that adding one breaks no client. */
  static Map<String, Object> open(Prop... props) {
    Map<String, Object> s = object(props);
    s.remove("additionalProperties");
    return s;
  }

  static Map<String, Object> string(String description) {
    return described("string", description);
  }

  static Map<String, Object> string(String description, int maxLength) {
    Map<String, Object> s = string(description);
    s.put("maxLength", maxLength);
    return s;
  }

  static Map<String, Object> date(String description) {
    Map<String, Object> s = string(description);
    s.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
    return s;
  }

  static Map<String, Object> words(String description, String... values) {
    Map<String, Object> s = string(description);
    s.put("enum", List.of(values));
    s.put("default", values[0]);
    return s;
  }

  static Map<String, Object> integer(String description, int min, int max, int fallback) {
    Map<String, Object> s = described("integer", description);
    s.put("minimum", min);
    s.put("maximum", max);
    s.put("default", fallback);
    return s;
  }

  static Map<String, Object> integer(String description) {
    return described("integer", description);
  }

  static Map<String, Object> number(String description) {
    return described("number", description);
  }

  static Map<String, Object> bool(String description) {
    return described("boolean", description);
  }

  static Map<String, Object> array(String description, Map<String, Object> items) {
    Map<String, Object> s = described("array", description);
    s.put("items", items);
    return s;
  }

  private static Map<String, Object> described(String type, String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", type);
    if (description != null) {
      s.put("description", description);
    }
    return s;
  }
}
