package org.p2poolj.web.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON form of a {@link GraphDatabase}, so the node can persist it (in its SQLite store) and the
 * charts survive a restart. Layout: {@code {"version":1,"streams":{name:{view:{"last_bin_end":t,
 * "bin_width":w,"bins":[{key:[total,count]}]}}}}}. A view whose width or bin count no longer
 * matches is dropped on load rather than misread.
 */
public final class GraphCodec {
  private static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private GraphCodec() {}

  public static String toJson(GraphDatabase db) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ObjectNode streams = root.putObject("streams");
    synchronized (db) {
      db.viewsForCodec()
          .forEach(
              (name, views) -> {
                ObjectNode s = streams.putObject(name);
                views.forEach((view, dv) -> s.set(view.wireName(), viewNode(view, dv)));
              });
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode viewNode(GraphView view, DataView dv) {
    ObjectNode v = JSON.createObjectNode();
    v.put("last_bin_end", dv.lastBinEnd());
    v.put("bin_width", view.binWidth());
    ArrayNode bins = v.putArray("bins");
    for (Map<String, double[]> bin : dv.bins()) {
      ObjectNode b = bins.addObject();
      bin.forEach((k, tc) -> b.putArray(k).add(tc[0]).add(tc[1]));
    }
    return v;
  }

  /**
   * Loads saved bins into {@code db}. Malformed input throws {@link IllegalArgumentException}; the
   * caller decides whether to start empty.
   */
  public static void load(String json, GraphDatabase db) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("graph history is not JSON", e);
    }
    if (root == null || root.path("version").asInt() != FORMAT_VERSION) {
      throw new IllegalArgumentException("unknown graph history format");
    }
    JsonNode streams = root.path("streams");
    for (String name : db.streams()) {
      StreamSpec spec = db.spec(name);
      for (GraphView view : GraphView.values()) {
        JsonNode v = streams.path(name).path(view.wireName());
        if (v.isObject() && matches(v, view)) {
          db.restore(
              name, view, new DataView(spec, view, v.get("last_bin_end").asDouble(), bins(v)));
        }
      }
    }
  }

  private static boolean matches(JsonNode v, GraphView view) {
    return v.path("bin_width").asDouble() == view.binWidth()
        && v.path("bins").size() == view.binCount()
        && v.path("last_bin_end").isNumber();
  }

  private static List<Map<String, double[]>> bins(JsonNode v) {
    List<Map<String, double[]>> out = new ArrayList<>();
    for (JsonNode b : v.get("bins")) {
      Map<String, double[]> bin = new HashMap<>();
      b.properties()
          .forEach(
              e -> {
                JsonNode tc = e.getValue();
                if (tc.isArray() && tc.size() == 2 && tc.get(1).asDouble() > 0) {
                  bin.put(e.getKey(), new double[] {tc.get(0).asDouble(), tc.get(1).asDouble()});
                }
              });
      out.add(bin);
    }
    return out;
  }
}
