package org.p2poolj.stratum.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.p2poolj.stratum.json.StratumRequest;

/** Typed access to request params; mismatches become {@link InvalidParamsException}. */
final class Params {
  private Params() {}

  static String string(StratumRequest req, int index, String name) {
    JsonNode n = req.param(index);
    if (!n.isTextual()) {
      throw new InvalidParamsException(name + " (param " + index + ") must be a string");
    }
    return n.asText();
  }

  /** A string, or null when the param is absent or JSON null. */
  static String optionalString(StratumRequest req, int index, String name) {
    JsonNode n = req.param(index);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    return string(req, index, name);
  }

  /** A positive finite number, given as a JSON number or a numeric string. */
  static double positiveNumber(StratumRequest req, int index, String name) {
    JsonNode n = req.param(index);
    double d;
    if (n.isNumber()) {
      d = n.asDouble();
    } else if (n.isTextual()) {
      try {
        d = Double.parseDouble(n.asText().strip());
      } catch (NumberFormatException e) {
        throw new InvalidParamsException(name + " must be a number");
      }
    } else {
      throw new InvalidParamsException(name + " (param " + index + ") must be a number");
    }
    if (!(d > 0) || Double.isInfinite(d)) {
      throw new InvalidParamsException(name + " must be positive and finite");
    }
    return d;
  }
}
