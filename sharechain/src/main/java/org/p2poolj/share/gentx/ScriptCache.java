package org.p2poolj.share.gentx;

import java.util.HashMap;
import java.util.Map;
import org.p2poolj.share.address.AddressRules;
import org.p2poolj.share.address.PayoutScripts;

/**
 * Memoises {@code address_to_script2} per padding mode; hundreds of payees repeat in every share.
 * Not thread-safe: one per generator. Bounded by clearing when it grows past a limit.
 */
final class ScriptCache {
  private static final int LIMIT = 100_000;

  private final AddressRules rules;
  private final Map<String, byte[]> padded = new HashMap<>();
  private final Map<String, byte[]> unpadded = new HashMap<>();

  ScriptCache(AddressRules rules) {
    this.rules = rules;
  }

  byte[] script(String address, boolean paddingBugfix) {
    Map<String, byte[]> m = paddingBugfix ? padded : unpadded;
    byte[] s = m.get(address);
    if (s == null) {
      s = PayoutScripts.addressToScript(address, rules, paddingBugfix);
      if (m.size() >= LIMIT) {
        m.clear();
      }
      m.put(address, s);
    }
    return s;
  }
}
