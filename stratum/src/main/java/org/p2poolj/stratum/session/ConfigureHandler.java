package org.p2poolj.stratum.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.p2poolj.stratum.job.StratumHex;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumRequest;

/**
 * {@code mining.configure(extensions, params)} (BIP310). Version rolling gets the pool mask
 * intersected with the miner's ({@code version-rolling.min-bit-count} is not enforced, for Braiins
 * OS); every other extension is answered {@code false}.
 */
final class ConfigureHandler implements MethodHandler {
  private static final String VERSION_ROLLING = "version-rolling";

  @Override
  public List<Outgoing> handle(StratumRequest req, Session session, SessionContext ctx) {
    JsonNode exts = req.param(0);
    JsonNode params = req.param(1);
    if (!exts.isArray() || !(params.isObject() || params.isMissingNode() || params.isNull())) {
      throw new InvalidParamsException("expected [extensions[], {params}]");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (JsonNode ext : exts) {
      if (!ext.isTextual()) {
        throw new InvalidParamsException("extension names must be strings");
      }
      String name = ext.asText();
      if (name.equals(VERSION_ROLLING)) {
        long minerMask = minerMask(params.path(VERSION_ROLLING + ".mask"));
        long mask = ctx.settings().poolVersionMask() & minerMask;
        session.versionMask(mask);
        result.put(VERSION_ROLLING, true);
        result.put(VERSION_ROLLING + ".mask", StratumHex.u32(mask));
      } else {
        result.put(name, false);
      }
    }
    return List.of(Outgoing.Response.ok(req.id(), result));
  }

  private static long minerMask(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return 0xffffffffL;
    }
    String hex = node.isTextual() ? node.asText() : "";
    if (hex.isEmpty() || hex.length() > 8 || !hex.matches("[0-9a-fA-F]+")) {
      throw new InvalidParamsException("version-rolling.mask must be up to 8 hex digits");
    }
    return Long.parseLong(hex, 16);
  }
}
