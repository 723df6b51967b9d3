package org.p2poolj.node.mining;

import java.util.Optional;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.address.InvalidAddressException;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.share.address.AddressRules;
import org.p2poolj.share.address.PayoutScripts;
import org.p2poolj.stratum.username.AddressValidator;

/**
 * The stratum address check: the coin must accept the address, and so must p2pool's own {@code
 * address_to_script2}, or the gentx could not pay it (bech32m, for one, does not decode there).
 */
public final class PayoutAddresses {
  private PayoutAddresses() {}

  public static AddressValidator validator(ChainParams params) {
    AddressRules rules = AddressRules.of(params);
    return address -> {
      try {
        Address.parse(address, params);
        PayoutScripts.addressToScript(address, rules, true);
        return Optional.empty();
      } catch (InvalidAddressException e) {
        return Optional.of(e.getMessage());
      } catch (RuntimeException e) {
        return Optional.of("p2pool cannot pay it: " + e.getMessage());
      }
    };
  }
}
