package org.p2poolj.stratum.username;

import java.util.Optional;

/**
 * Checks a payout address for the node's chain. The node supplies one backed by the coin module's
 * address parser; tests use lambdas.
 */
@FunctionalInterface
public interface AddressValidator {
  /** Accepts every non-empty address (tests and benchmarks only). */
  AddressValidator ACCEPT_ALL =
      address -> address.isEmpty() ? Optional.of("empty address") : Optional.empty();

  /** Empty when the address is valid; otherwise a short human reason. */
  Optional<String> problem(String address);
}
