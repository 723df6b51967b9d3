package org.p2poolj.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.p2poolj.store.stats.StatsPoint;

/**
 * Maps {@link StatsPoint}s to rows of the {@code stats} table: a scalar goes in {@code value}, a
 * keyed sample in {@code json}, so the common scalar streams cost no JSON at all.
 */
final class StatsRows {
  static final String COLUMNS = "ts_ms, resolution_s, samples, value, json";
  static final String INSERT =
      "INSERT INTO stats (stream, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Double>> MAP = new TypeReference<>() {};

  private StatsRows() {}

  static void insert(PreparedStatement ps, String stream, StatsPoint p) throws SQLException {
    ps.setString(1, stream);
    ps.setLong(2, p.timeMillis());
    ps.setInt(3, p.resolutionSeconds());
    ps.setInt(4, p.samples());
    if (p.isScalar()) {
      ps.setDouble(5, p.value());
      ps.setNull(6, Types.VARCHAR);
    } else {
      ps.setNull(5, Types.DOUBLE);
      ps.setString(6, toJson(p.values()));
    }
    ps.executeUpdate();
  }

  /** Reads rows selected as {@link #COLUMNS}. */
  static List<StatsPoint> read(ResultSet rs) throws SQLException {
    List<StatsPoint> out = new ArrayList<>();
    while (rs.next()) {
      String json = rs.getString(5);
      Map<String, Double> values =
          json == null ? Map.of(StatsPoint.VALUE, rs.getDouble(4)) : fromJson(json);
      out.add(new StatsPoint(rs.getLong(1), rs.getInt(2), rs.getInt(3), values));
    }
    return out;
  }

  private static String toJson(Map<String, Double> values) throws SQLException {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot encode stats sample " + values, e);
    }
  }

  private static Map<String, Double> fromJson(String json) throws SQLException {
    try {
      return JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable stats row: " + json, e);
    }
  }
}
