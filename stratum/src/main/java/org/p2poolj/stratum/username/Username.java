package org.p2poolj.stratum.username;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A parsed username. Difficulties are in the coin's share-difficulty units (before the scrypt
 * display scaling). Follows {@code work.py: get_user_details}: the user token is split from {@code
 * +x}/{@code /x} modifiers, the last of each kind wins, and unparsable values are ignored.
 *
 * @param raw the username as the miner sent it
 * @param address the payout address part (may be empty or invalid; validated elsewhere)
 * @param worker the worker name after the first {@code _} (or else the first {@code .}), if any
 * @param pseudoshareDifficulty {@code +x}: a fixed pseudoshare difficulty (disables vardiff)
 * @param shareDifficulty {@code /x}: the desired share difficulty
 */
public record Username(
    String raw,
    String address,
    Optional<String> worker,
    OptionalDouble pseudoshareDifficulty,
    OptionalDouble shareDifficulty) {

  public static Username parse(String raw) {
    int firstModifier = indexOfModifier(raw, 0);
    String user = firstModifier < 0 ? raw : raw.substring(0, firstModifier);
    OptionalDouble pseudo = OptionalDouble.empty();
    OptionalDouble share = OptionalDouble.empty();
    int i = firstModifier;
    while (i >= 0) {
      int next = indexOfModifier(raw, i + 1);
      String value = raw.substring(i + 1, next < 0 ? raw.length() : next);
      OptionalDouble d = parseDifficulty(value);
      if (d.isPresent()) {
        if (raw.charAt(i) == '+') {
          pseudo = d;
        } else {
          share = d;
        }
      }
      i = next;
    }
    int split = user.indexOf('_');
    if (split < 0) {
      split = user.indexOf('.');
    }
    String address = split < 0 ? user : user.substring(0, split);
    Optional<String> worker = split < 0 ? Optional.empty() : Optional.of(user.substring(split + 1));
    return new Username(raw, address, worker, pseudo, share);
  }

  /** The user token (address and worker) without the difficulty modifiers: the stats key. */
  public String userToken() {
    return worker.map(w -> address + "." + w).orElse(address);
  }

  private static int indexOfModifier(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+' || c == '/') {
        return i;
      }
    }
    return -1;
  }

  /** Python's float() of the value; the reference ignores values it cannot use. */
  private static OptionalDouble parseDifficulty(String value) {
    String v = value.strip();
    if (v.isEmpty() || !v.matches("[0-9.eE+-]+")) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(v);
      // difficulty_to_target raises for 0 and gives no usable target for negatives or infinity.
      return d > 0 && Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }
}
