package org.p2poolj.node.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.TreeSet;

/** Turns a Jackson binding failure into one operator-readable line naming the key. */
final class ConfigErrors {
  private ConfigErrors() {}

  static ConfigException fromBinding(JsonProcessingException e, JsonNode tree) {
    List<JsonMappingException.Reference> path =
        e instanceof JsonMappingException m ? m.getPath() : List.of();
    String where = key(path);
    return switch (e) {
      case UnrecognizedPropertyException u ->
          ConfigException.ofKey(where, "unknown key (known keys: " + known(u) + ")");
      case ValueInstantiationException v when v.getCause() instanceof BadValueException bad ->
          ConfigException.ofKey(
              path.isEmpty() ? bad.key() : where + "." + bad.key(), bad.problem());
      case ValueInstantiationException v ->
          ConfigException.ofKey(where, String.valueOf(v.getCause().getMessage()));
      case InvalidFormatException f ->
          ConfigException.ofKey(
              where, describe(f.getValue()) + " is not " + expected(f.getTargetType()));
      case MismatchedInputException m -> {
        JsonNode value = at(tree, path);
        yield ConfigException.ofKey(
            where,
            value == null
                ? "expected " + expected(m.getTargetType())
                : describe(value) + " is not " + expected(m.getTargetType()));
      }
      default -> ConfigException.ofKey(where, e.getOriginalMessage());
    };
  }

  /**
   * {@code [section].key[index]} from a binding path; a bare section prints as {@code [section]}.
   */
  static String key(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      JsonMappingException.Reference r = path.get(i);
      if (r.getFieldName() == null) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (i == 0) {
        sb.append('[').append(r.getFieldName()).append(']');
      } else {
        sb.append('.').append(r.getFieldName());
      }
    }
    return sb.isEmpty() ? "config" : sb.toString();
  }

  private static String known(UnrecognizedPropertyException u) {
    TreeSet<String> names = new TreeSet<>();
    if (u.getKnownPropertyIds() != null) {
      u.getKnownPropertyIds().forEach(o -> names.add(String.valueOf(o)));
    }
    return String.join(", ", names);
  }

  private static String describe(Object value) {
    return switch (value) {
      case String s -> "'" + s + "'";
      case JsonNode n when n.isTextual() -> "'" + n.asText() + "'";
      case JsonNode n when n.isContainerNode() -> n.isArray() ? "a list" : "a table";
      default -> String.valueOf(value);
    };
  }

  /** The offending value in the merged tree, when the path leads to one. */
  private static JsonNode at(JsonNode tree, List<JsonMappingException.Reference> path) {
    JsonNode n = tree;
    for (JsonMappingException.Reference r : path) {
      n = r.getFieldName() != null ? n.get(r.getFieldName()) : n.get(r.getIndex());
      if (n == null) {
        return null;
      }
    }
    return n == tree || n.isNull() ? null : n;
  }

  static String expected(Class<?> type) {
    if (type == null) {
      return "a value of the right type";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isRecord()) {
      return "a section (a TOML table)";
    }
    return "a " + type.getSimpleName();
  }
}
