package org.p2poolj.share.tool;

import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.tool.VerifyReport.InvalidEntry;
import org.p2poolj.share.tool.VerifyReport.LineError;

/** Text and JSON forms of a {@link VerifyReport}; the JSON is written by hand (no dependency). */
public final class ReportRenderer {
  private ReportRenderer() {}

  public static String text(VerifyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("network:        ").append(r.network()).append('\n');
    sb.append("lines:          ").append(r.lines()).append('\n');
    sb.append("shares:         ").append(r.shares());
    if (r.duplicates() > 0) {
      sb.append(" (").append(r.duplicates()).append(" duplicate)");
    }
    sb.append('\n');
    sb.append("verified:       ").append(r.verified()).append('\n');
    sb.append("unverifiable:   ").append(r.unverifiable()).append(" (not enough history)\n");
    sb.append("invalid:        ").append(r.invalid().size()).append('\n');
    for (Map.Entry<InvalidShare.Reason, Integer> e : r.invalidByReason().entrySet()) {
      sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    for (InvalidEntry e : r.invalid()) {
      sb.append("  line ").append(e.line()).append(' ');
      sb.append(e.hash() == null ? "-" : e.hash().toHex())
          .append(' ')
          .append(e.invalid())
          .append('\n');
    }
    sb.append("malformed:      ").append(r.malformed().size()).append('\n');
    for (LineError e : r.malformed()) {
      sb.append("  line ").append(e.line()).append(": ").append(e.reason()).append('\n');
    }
    sb.append("store-verified: ").append(r.storeVerified());
    sb.append(" (").append(r.storeVerifiedNotConfirmed().size()).append(" not confirmed)\n");
    sb.append("heads:          ").append(r.heads()).append('\n');
    sb.append("best:           ").append(r.best() == null ? "none" : r.best().toHex()).append('\n');
    sb.append("height:         ").append(r.bestHeight()).append('\n');
    return sb.toString();
  }

  public static String json(VerifyReport r) {
    StringBuilder sb = new StringBuilder("{");
    field(sb, "network", str(r.network())).append(',');
    field(sb, "lines", r.lines()).append(',');
    field(sb, "shares", r.shares()).append(',');
    field(sb, "duplicates", r.duplicates()).append(',');
    field(sb, "verified", r.verified()).append(',');
    field(sb, "unverifiable", r.unverifiable()).append(',');
    sb.append("\"invalid\":[");
    String sep = "";
    for (InvalidEntry e : r.invalid()) {
      sb.append(sep).append('{');
      field(sb, "line", e.line()).append(',');
      field(sb, "hash", e.hash() == null ? "null" : str(e.hash().toHex())).append(',');
      field(sb, "reason", str(e.invalid().reason().name())).append(',');
      field(sb, "detail", str(e.invalid().detail())).append('}');
      sep = ",";
    }
    sb.append("],\"invalidByReason\":{");
    sep = "";
    for (Map.Entry<InvalidShare.Reason, Integer> e : r.invalidByReason().entrySet()) {
      sb.append(sep);
      field(sb, e.getKey().name(), e.getValue());
      sep = ",";
    }
    sb.append("},\"malformed\":[");
    sep = "";
    for (LineError e : r.malformed()) {
      sb.append(sep).append('{');
      field(sb, "line", e.line()).append(',');
      field(sb, "reason", str(e.reason())).append('}');
      sep = ",";
    }
    sb.append("],");
    field(sb, "storeVerified", r.storeVerified()).append(',');
    sb.append("\"storeVerifiedNotConfirmed\":[");
    sep = "";
    for (Hash256 h : r.storeVerifiedNotConfirmed()) {
      sb.append(sep).append(str(h.toHex()));
      sep = ",";
    }
    sb.append("],");
    field(sb, "heads", r.heads()).append(',');
    field(sb, "best", r.best() == null ? "null" : str(r.best().toHex())).append(',');
    field(sb, "height", r.bestHeight());
    return sb.append('}').toString();
  }

  private static StringBuilder field(StringBuilder sb, String name, Object value) {
    return sb.append(str(name)).append(':').append(value);
  }

  static String str(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
